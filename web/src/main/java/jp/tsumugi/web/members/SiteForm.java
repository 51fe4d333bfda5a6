package jp.tsumugi.web.members;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.web.skills.Skill;

/** What the site form posts. Coordinates are optional, but come as a pair and must lie in Japan. */
public class SiteForm {

    @NotBlank(message = "{masterdata.code.required}")
    @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "{masterdata.code.pattern}")
    private String code;

    @NotNull(message = "{sites.member.required}")
    private Long memberId;

    @NotBlank(message = "{masterdata.name.required}")
    @Size(max = 255, message = "{masterdata.name.size}")
    private String name;

    @Size(max = 500, message = "{sites.address.size}")
    private String address;

    @DecimalMin(value = "20", message = "{sites.latitude.range}")
    @DecimalMax(value = "46", message = "{sites.latitude.range}")
    @Digits(integer = 2, fraction = 7, message = "{sites.latitude.range}")
    private BigDecimal latitude;

    @DecimalMin(value = "122", message = "{sites.longitude.range}")
    @DecimalMax(value = "154", message = "{sites.longitude.range}")
    @Digits(integer = 3, fraction = 7, message = "{sites.longitude.range}")
    private BigDecimal longitude;

    @Pattern(regexp = "[0-9]{5,6}", message = "{sites.municipalityCode.pattern}")
    private String municipalityCode;

    @NotNull(message = "{sites.industry.required}")
    private Industry industry;

    private boolean agricultureExempt;

    private List<Long> skillIds = new ArrayList<>();

    private Long version;

    public static SiteForm of(Site site) {
        SiteForm form = new SiteForm();
        form.code = site.getCode();
        form.memberId = site.getMember().getId();
        form.name = site.getName();
        form.address = site.getAddress();
        form.latitude = site.getLatitude() == null ? null : BigDecimal.valueOf(site.getLatitude());
        form.longitude = site.getLongitude() == null ? null : BigDecimal.valueOf(site.getLongitude());
        form.municipalityCode = site.getMunicipalityCode();
        form.industry = site.getIndustry();
        form.agricultureExempt = site.isAgricultureExempt();
        form.skillIds = new ArrayList<>(site.getRequiredSkills().stream().map(Skill::getId).toList());
        form.version = site.getVersion();
        return form;
    }

    /** Copies the fields onto the site; the member and skills are looked up by the caller, in the cooperative. */
    public void applyTo(Site site, Member member, List<Skill> skills) {
        site.setCode(code);
        site.setMember(member);
        site.setName(name);
        site.setAddress(address);
        site.setLatitude(latitude == null ? null : latitude.doubleValue());
        site.setLongitude(longitude == null ? null : longitude.doubleValue());
        site.setMunicipalityCode(municipalityCode);
        site.setIndustry(industry);
        site.setAgricultureExempt(agricultureExempt);
        site.getRequiredSkills().clear();
        site.getRequiredSkills().addAll(skills);
    }

    @AssertTrue(message = "{sites.location.pair}")
    public boolean isLocationComplete() {
        return (latitude == null) == (longitude == null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public boolean isAgricultureExempt() {
        return agricultureExempt;
    }

    public void setAgricultureExempt(boolean agricultureExempt) {
        this.agricultureExempt = agricultureExempt;
    }

    public List<Long> getSkillIds() {
        return skillIds;
    }

    public void setSkillIds(List<Long> skillIds) {
        this.skillIds = skillIds == null ? new ArrayList<>() : skillIds;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
