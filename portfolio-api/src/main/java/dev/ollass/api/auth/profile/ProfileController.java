package dev.ollass.api.auth.profile;

import dev.ollass.api.auth.profile.ProfileBodies.Done;
import dev.ollass.api.auth.profile.ProfileBodies.NicknameRequest;
import dev.ollass.api.auth.profile.ProfileBodies.NicknameUse;
import dev.ollass.api.auth.profile.ProfileBodies.Profile;
import dev.ollass.api.auth.profile.ProfileBodies.QuitRequest;
import dev.ollass.api.auth.rules.NicknameRule;
import dev.ollass.api.auth.session.Caller;
import dev.ollass.api.auth.user.UserRow;
import dev.ollass.api.auth.user.Users;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth/v1")
class ProfileController {

    static final int MAX_REASON_LENGTH = 2000;

    private final Users users;
    private final AccountDeletion deletion;

    ProfileController(Users users, AccountDeletion deletion) {
        this.users = users;
        this.deletion = deletion;
    }

    @Operation(summary = "The caller's nickname and e-mail; isJoined once a nickname is set")
    @GetMapping("/user")
    Profile user(Caller caller) {
        UserRow user = users.find(caller.userId()).orElseThrow(ProfileProblems::userNotFound);
        String nickname = user.nickname() == null ? "" : user.nickname();
        return new Profile(nickname, user.email() == null ? "" : user.email(), !nickname.isEmpty());
    }

    @Operation(summary = "Whether any user has this nickname already")
    @GetMapping("/nickname")
    NicknameUse nicknameUse(@RequestParam String nickname) {
        return new NicknameUse(users.nicknameTaken(nickname));
    }

    @Operation(
            summary = "Set the caller's nickname",
            description = "2 to 12 letters (A-Z, a-z, Hangul syllables) and digits, not another user's. Setting"
                    + " one's own nickname again succeeds.")
    @PutMapping("/nickname")
    Done rename(Caller caller, @RequestBody NicknameRequest request) {
        String nickname = request.nickname() == null ? "" : request.nickname();
        NicknameRule.refusal(nickname).ifPresent(refusal -> {
            throw ProfileProblems.invalidNickname(refusal);
        });
        if (users.nicknameTaken(nickname, caller.userId())) {
            throw ProfileProblems.nicknameTaken(NicknameRule.TAKEN);
        }
        try {
            users.rename(caller.userId(), nickname);
        } catch (DuplicateKeyException raced) {
            throw ProfileProblems.nicknameTaken(NicknameRule.TAKEN);
        }
        return new Done(200, "성공적으로 닉네임을 저장하였습니다.");
    }

    @Operation(
            summary = "Delete the caller's account",
            description = "Removes the user's data, keeps the quit reason, ends every session at once and tells"
                    + " the other services (identity.user-deleted.v1).")
    @PostMapping("/user/delete")
    Done delete(Caller caller, @RequestBody QuitRequest request) {
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.length() > MAX_REASON_LENGTH) {
            throw ProfileProblems.reasonTooLong(MAX_REASON_LENGTH);
        }
        if (!deletion.delete(caller.userId(), reason)) {
            throw ProfileProblems.userNotFound();
        }
        return new Done(200, "성공적으로 삭제하였습니다.");
    }
}
