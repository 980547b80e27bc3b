package io.orderdesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets with AES-256-GCM under a random key kept in a file of this PC's data folder, readable by its owner
 * only. The key never enters the database, so a copied database file, a backup or a shared PostgreSQL server
 * holds only ciphertext. The install id (a hash of the key) tells which PC sealed a value.
 */
final class SecretBox {

    static final String KEY_FILE = "secret.key";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Supplier<Path> folder;
    private final SecureRandom random = new SecureRandom();
    private SecretKeySpec key;
    private String installId;

    /** The folder is asked for only when a secret is first used, so a store without secrets writes no key. */
    SecretBox(Supplier<Path> folder) {
        this.folder = folder;
    }

    synchronized String installId() {
        loadKey();
        return installId;
    }

    /** Base64 of nonce and ciphertext; the name is authenticated too, so a sealed value cannot be moved. */
    synchronized String seal(String name, byte[] plain) {
        loadKey();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new StoreException("Could not encrypt secret " + name, e);
        }
    }

    synchronized byte[] open(String name, String sealed) {
        loadKey();
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new StoreException("Secret " + name + " cannot be decrypted with this PC's key", e);
        }
    }

    private void loadKey() {
        if (key != null) {
            return;
        }
        Path file = folder.get().resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] bytes = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            if (bytes.length != KEY_BYTES) {
                throw new StoreException("Damaged secret key file " + file);
            }
            key = new SecretKeySpec(bytes, "AES");
            installId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (IOException | GeneralSecurityException e) {
            throw new StoreException("Cannot read or create the secret key " + file, e);
        }
    }

    /**
     * Writes the key to a private temporary file and links it into place, so a second instance starting at the same
     * moment either wins or reads the complete key of the first, never a half-written one.
     */
    private void create(Path file) throws IOException {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        Path temp = Files.createTempFile(file.getParent(), "secret", ".tmp");
        try {
            restrictToOwner(temp);
            Files.writeString(temp, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, temp);
            } catch (UnsupportedOperationException e) {
                Files.move(temp, file);
            }
        } catch (FileAlreadyExistsException e) {
            // Another instance created it first; use theirs.
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** rw------- on POSIX; on Windows an ACL with the owner alone, as the folder's inherited ACL may be wider. */
    static void restrictToOwner(Path path) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = acl.getOwner();
            AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class));
            if (Files.isDirectory(path)) {
                entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
            }
            acl.setAcl(List.of(entry.build()));
        }
    }
}
