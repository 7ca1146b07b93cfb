/** A photo master is named by the SHA-256 of its bytes, in lowercase hex. */
export const MEDIA_HASH_PATTERN = /^[0-9a-f]{64}$/;
