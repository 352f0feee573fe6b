//! SHA-256 in one place: the hash of a source's text, of a seed file as it is read, and the
//! lowercase hex every stored hash is written in.

use std::io::Read;

use sha2::{Digest, Sha256};

/// A SHA-256 digest.
pub type Digest32 = [u8; 32];

/// The lowercase hex SHA-256 of `bytes`: the hash stored beside a source's text.
pub fn hex(bytes: &[u8]) -> String {
    to_hex(&Sha256::digest(bytes).into())
}

/// A digest in lowercase hex, as stored.
pub fn to_hex(digest: &Digest32) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A digest from its hex form, or `None` when `hex` is not 64 hex digits.
pub fn parse_hex(hex: &str) -> Option<Digest32> {
    let mut out = [0; 32];
    if hex.len() != 64 {
        return None;
    }
    for (at, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(at * 2..at * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

/// A hasher fed piece by piece, for values that are not one slice of bytes.
#[derive(Default)]
pub struct Hasher(Sha256);

impl Hasher {
    pub fn update(&mut self, bytes: impl AsRef<[u8]>) {
        self.0.update(bytes);
    }

    pub fn finish(self) -> Digest32 {
        self.0.finalize().into()
    }
}

/// A reader that hashes what passes through it, so that a file is hashed in the same pass that
/// reads it.
pub struct Reading<R> {
    inner: R,
    hasher: Hasher,
}

impl<R> Reading<R> {
    pub fn new(inner: R) -> Self {
        Reading { inner, hasher: Hasher::default() }
    }

    /// The hash of everything read, in lowercase hex.
    pub fn hex(self) -> String {
        to_hex(&self.hasher.finish())
    }
}

impl<R: Read> Read for Reading<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_reading_and_parsing_agree() {
        let empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        assert_eq!(hex(b""), empty);
        let mut reading = Reading::new(&b"abc"[..]);
        std::io::copy(&mut reading, &mut std::io::sink()).unwrap();
        assert_eq!(reading.hex(), hex(b"abc"));
        assert_eq!(parse_hex(&hex(b"abc")).map(|d| to_hex(&d)), Some(hex(b"abc")));
        assert_eq!(parse_hex("zz"), None);
    }
}
