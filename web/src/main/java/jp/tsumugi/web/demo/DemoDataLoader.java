package jp.tsumugi.web.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import jp.tsumugi.fixtures.dataset.Dataset;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.web.accounts.Role;
import jp.tsumugi.web.accounts.UserAccount;
import jp.tsumugi.web.accounts.UserAccountRepository;
import jp.tsumugi.web.contracts.ContractDrafts;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.dataset.CooperativeDatasets;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.workers.WorkerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a brand-new installation a living cooperative: when the database holds no cooperative, it loads the
 * {@code hagi} preset (5 workers, 26 members, a year of seasonal demand) and the demo secretariat login that the
 * README lists. Running it again changes nothing. A production deployment switches it off with
 * {@code tsumugi.demo-data.enabled=false}.
 *
 * <p>Runs once all beans exist and before the web server accepts requests, so the first page a new user opens
 * already shows the demo.
 */
@Component
@ConditionalOnProperty(name = "tsumugi.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataLoader implements SmartInitializingSingleton {

    static final String DEMO_CODE = "hagi";

    static final String DEMO_NAME = "はぎ地域づくり協同組合 (デモ)";

    static final String DATASET = "/datasets/hagi.json";

    /** The demo secretariat login; the README states it. */
    static final String SECRETARIAT_USERNAME = "office";

    static final String SECRETARIAT_PASSWORD = "tsumugi-demo";

    /** The demo member login: the first member business (m01). */
    static final String MEMBER_USERNAME = "member";

    /** The demo worker login: the first worker (w01). */
    static final String WORKER_USERNAME = "worker";

    /** The demo support administrator. */
    static final String ADMIN_USERNAME = "admin";

    /** One password for every demo login; the README lists them. */
    static final String DEMO_PASSWORD = SECRETARIAT_PASSWORD;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CooperativeRepository cooperatives;

    private final CooperativeDatasets datasets;

    private final UserAccountRepository accounts;

    private final PasswordEncoder passwordEncoder;

    private final TransactionTemplate transaction;

    private final MemberRepository members;

    private final WorkerRepository workers;

    private final ContractDrafts contracts;

    DemoDataLoader(CooperativeRepository cooperatives, CooperativeDatasets datasets, UserAccountRepository accounts,
            PasswordEncoder passwordEncoder, TransactionTemplate transaction, MemberRepository members,
            WorkerRepository workers, ContractDrafts contracts) {
        this.contracts = contracts;
        this.members = members;
        this.workers = workers;
        this.cooperatives = cooperatives;
        this.datasets = datasets;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        loadIfEmpty();
    }

    void loadIfEmpty() {
        transaction.executeWithoutResult(status -> {
            Cooperative demo = cooperatives.findByCode(DEMO_CODE).orElse(null);
            if (demo == null && cooperatives.count() > 0) {
                return;
            }
            if (demo == null) {
                // No explicit id: the identity column must stay the only source of ids (PostgreSQL).
                demo = cooperatives.save(new Cooperative(DEMO_CODE, DEMO_NAME));
            }
            if (demo.getPlanFrom() == null) {
                datasets.replaceAll(demo.getId(), readDemoDataset(), "デモ計画");
                addPersonalDetails(demo.getId());
                // a dispatch contract per member over the year, or the demo roster could not be published
                contracts.addSampleContracts(demo.getId(), demo.getPlanFrom(), demo.getPlanTo(),
                        demo.getPlanFrom().minusMonths(1));
                log.info("Loaded the demo cooperative '{}' from {}", DEMO_CODE, DATASET);
            }
            long c = demo.getId();
            if (!accounts.existsByUsername(SECRETARIAT_USERNAME)) {
                accounts.save(new UserAccount(c, SECRETARIAT_USERNAME,
                        passwordEncoder.encode(SECRETARIAT_PASSWORD), Role.SECRETARIAT, "事務局 (デモ)"));
            }
            if (!accounts.existsByUsername(MEMBER_USERNAME)) {
                members.findByCooperativeIdAndCode(c, "m01").ifPresent(member -> {
                    UserAccount account = new UserAccount(c, MEMBER_USERNAME, passwordEncoder.encode(DEMO_PASSWORD),
                            Role.MEMBER, member.getName());
                    account.setMemberId(member.getId());
                    accounts.save(account);
                });
            }
            if (!accounts.existsByUsername(WORKER_USERNAME)) {
                workers.findByCooperativeIdAndCode(c, "w01").ifPresent(worker -> {
                    UserAccount account = new UserAccount(c, WORKER_USERNAME, passwordEncoder.encode(DEMO_PASSWORD),
                            Role.WORKER, worker.getName());
                    account.setWorkerId(worker.getId());
                    accounts.save(account);
                });
            }
            if (!accounts.existsByUsername(ADMIN_USERNAME)) {
                accounts.save(new UserAccount(null, ADMIN_USERNAME, passwordEncoder.encode(DEMO_PASSWORD),
                        Role.SUPPORT_ADMIN, "サポート管理者 (デモ)"));
            }
        });
    }

    /**
     * The dataset format carries no personal details; the demo workers get plausible ones for the §35 notice and the
     * paid-leave balance (ages spread over the bands the notice distinguishes: under 45, 45–59, 60+).
     */
    private void addPersonalDetails(long cooperativeId) {
        String[] sexes = {"MALE", "FEMALE", "MALE", "FEMALE", "MALE"};
        int[] birthYears = {1962, 1985, 1974, 1999, 1957};
        int i = 0;
        for (var worker : workers.findByCooperativeIdOrderByCode(cooperativeId)) {
            worker.setSex(sexes[i % sexes.length]);
            worker.setBirthDate(java.time.LocalDate.of(birthYears[i % birthYears.length], 1 + (3 * i) % 12, 10 + i));
            worker.setHiredOn(java.time.LocalDate.of(2024, 4, 1));
            worker.setPaidLeaveDaysGranted(11);
            workers.save(worker);
            i++;
        }
    }

    private static Dataset readDemoDataset() {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(DATASET)) {
            if (in == null) {
                throw new IllegalStateException(DATASET + " is missing from the classpath (data-fixtures)");
            }
            return DatasetReader.read(in).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
