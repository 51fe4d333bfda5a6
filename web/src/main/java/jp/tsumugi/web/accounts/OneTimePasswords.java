package jp.tsumugi.web.accounts;

import java.security.SecureRandom;

/**
 * Passwords the secretariat hands over on paper or by phone (no e-mail server is needed): 12 characters from an
 * alphabet without look-alikes (no 0/O, 1/l/I), about 70 bits. The user must replace it at the first login.
 */
public final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    public static String generate() {
        StringBuilder out = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
