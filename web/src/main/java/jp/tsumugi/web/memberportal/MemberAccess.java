package jp.tsumugi.web.memberportal;

import jp.tsumugi.web.accounts.Role;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Resolves the member a member account acts for; anyone else is refused even if the URL rules let them through. */
@Service
class MemberAccess {

    private final MemberRepository members;

    MemberAccess(MemberRepository members) {
        this.members = members;
    }

    @Transactional(readOnly = true)
    CurrentMember of(TsumugiUser user) {
        if (user == null || user.getRole() != Role.MEMBER || user.getMemberId() == null
                || user.getCooperativeId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Member member = members.findByIdAndCooperativeId(user.getMemberId(), user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        return new CurrentMember(user.getCooperativeId(), member.getId(), member.getCode(), member.getName(),
                user.getUsername());
    }
}
