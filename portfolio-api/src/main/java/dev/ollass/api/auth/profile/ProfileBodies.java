package dev.ollass.api.auth.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** The original's request and success bodies of the user endpoints. */
final class ProfileBodies {

    private ProfileBodies() {}

    record Profile(String nickname, String email, boolean isJoined) {}

    record NicknameUse(boolean isUsed) {}

    record NicknameRequest(@Nullable String nickname) {}

    record QuitRequest(@Nullable String reason) {}

    /** The original's success answer of {@code PUT /nickname} and {@code POST /user/delete}. */
    record Done(@JsonProperty("status_code") int statusCode, String detail) {}
}
