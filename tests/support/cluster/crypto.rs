//! SHA-256 / SHA-512, HMAC and PBKDF2, just enough to derive SCRAM credentials
//! (RFC 5802 StoredKey / ServerKey) for the fake cluster's users.
//!
//! rsasl verifies SCRAM proofs on the server side but expects the server to
//! already hold the derived keys, and the crate's digest types are not
//! reachable without adding `sha2` as a direct dependency. The FIPS 180-4
//! round constants are derived here from their definition (fractional parts of
//! square and cube roots of primes) instead of being transcribed.

use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hash {
    Sha256,
    Sha512,
}

impl Hash {
    fn block_len(self) -> usize {
        match self {
            Hash::Sha256 => 64,
            Hash::Sha512 => 128,
        }
    }

    pub fn digest(self, data: &[u8]) -> Vec<u8> {
        match self {
            Hash::Sha256 => sha256(data).to_vec(),
            Hash::Sha512 => sha512(data).to_vec(),
        }
    }

    pub fn hmac(self, key: &[u8], data: &[u8]) -> Vec<u8> {
        let block = self.block_len();
        let mut k = if key.len() > block {
            self.digest(key)
        } else {
            key.to_vec()
        };
        k.resize(block, 0);
        let mut inner: Vec<u8> = k.iter().map(|b| b ^ 0x36).collect();
        inner.extend_from_slice(data);
        let inner_hash = self.digest(&inner);
        let mut outer: Vec<u8> = k.iter().map(|b| b ^ 0x5c).collect();
        outer.extend_from_slice(&inner_hash);
        self.digest(&outer)
    }

    /// PBKDF2 with one output block, which is all SCRAM's SaltedPassword needs.
    pub fn pbkdf2(self, password: &[u8], salt: &[u8], iterations: u32) -> Vec<u8> {
        let mut msg = salt.to_vec();
        msg.extend_from_slice(&1u32.to_be_bytes());
        let mut u = self.hmac(password, &msg);
        let mut out = u.clone();
        for _ in 1..iterations {
            u = self.hmac(password, &u);
            for (o, x) in out.iter_mut().zip(&u) {
                *o ^= x;
            }
        }
        out
    }
}

struct Constants {
    h256: [u32; 8],
    k256: [u32; 64],
    h512: [u64; 8],
    k512: [u64; 80],
}

fn constants() -> &'static Constants {
    static C: OnceLock<Constants> = OnceLock::new();
    C.get_or_init(|| {
        let primes = first_primes(80);
        let mut c = Constants {
            h256: [0; 8],
            k256: [0; 64],
            h512: [0; 8],
            k512: [0; 80],
        };
        for ((h256, h512), p) in c.h256.iter_mut().zip(&mut c.h512).zip(&primes) {
            *h256 = root_fraction(*p, 2, 32) as u32;
            *h512 = root_fraction(*p, 2, 64) as u64;
        }
        for (k, p) in c.k256.iter_mut().zip(&primes) {
            *k = root_fraction(*p, 3, 32) as u32;
        }
        for (k, p) in c.k512.iter_mut().zip(&primes) {
            *k = root_fraction(*p, 3, 64) as u64;
        }
        c
    })
}

fn first_primes(n: usize) -> Vec<u64> {
    let mut out = Vec::with_capacity(n);
    let mut candidate = 2u64;
    while out.len() < n {
        if out
            .iter()
            .take_while(|p| *p * *p <= candidate)
            .all(|p| candidate % p != 0)
        {
            out.push(candidate);
        }
        candidate += 1;
    }
    out
}

/// The first `bits` bits of the fractional part of the `root`-th root of `p`,
/// computed exactly as `floor(root(p * 2^(root*bits))) mod 2^bits`.
fn root_fraction(p: u64, root: u32, bits: u32) -> u128 {
    let shift = (root * bits) as usize;
    let mut target = vec![0u64; shift / 64 + 2];
    target[shift / 64] |= p << (shift % 64);
    if shift % 64 != 0 {
        target[shift / 64 + 1] |= p >> (64 - shift % 64);
    }
    // The integer part of sqrt/cbrt of the primes used stays below 2^5.
    let (mut lo, mut hi) = (0u128, 1u128 << (bits + 5));
    while lo < hi {
        let mid = lo + (hi - lo).div_ceil(2);
        let mid_limbs = [mid as u64, (mid >> 64) as u64];
        let mut power = mid_limbs.to_vec();
        for _ in 1..root {
            power = mul(&power, &mid_limbs);
        }
        if le(&power, &target) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo & ((1u128 << bits) - 1)
}

fn mul(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut out = vec![0u64; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u128;
        for (j, &y) in b.iter().enumerate() {
            let cur = out[i + j] as u128 + x as u128 * y as u128 + carry;
            out[i + j] = cur as u64;
            carry = cur >> 64;
        }
        out[i + b.len()] = carry as u64;
    }
    out
}

fn le(a: &[u64], b: &[u64]) -> bool {
    let n = a.len().max(b.len());
    for i in (0..n).rev() {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        if x != y {
            return x < y;
        }
    }
    true
}

fn pad(data: &[u8], block: usize, len_bytes: usize) -> Vec<u8> {
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % block != block - len_bytes {
        msg.push(0);
    }
    let bit_len = (data.len() as u128) * 8;
    msg.extend_from_slice(&bit_len.to_be_bytes()[16 - len_bytes..]);
    msg
}

fn sha256(data: &[u8]) -> [u8; 32] {
    let c = constants();
    let mut h = c.h256;
    for block in pad(data, 64, 8).chunks_exact(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = h;
        for (k, wi) in c.k256.iter().zip(w) {
            let [a, b, cc, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(*k)
                .wrapping_add(wi);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & cc) ^ (b & cc);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, cc, d.wrapping_add(t1), e, f, g];
        }
        for (x, y) in h.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 32];
    for (chunk, word) in out.chunks_exact_mut(4).zip(h) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

fn sha512(data: &[u8]) -> [u8; 64] {
    let c = constants();
    let mut h = c.h512;
    for block in pad(data, 128, 16).chunks_exact(128) {
        let mut w = [0u64; 80];
        for (i, word) in block.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(word);
            w[i] = u64::from_be_bytes(b);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = h;
        for (k, wi) in c.k512.iter().zip(w) {
            let [a, b, cc, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(*k)
                .wrapping_add(wi);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & cc) ^ (b & cc);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, cc, d.wrapping_add(t1), e, f, g];
        }
        for (x, y) in h.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (chunk, word) in out.chunks_exact_mut(8).zip(h) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}
