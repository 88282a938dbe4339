//! FNV-1a hashing for the vocabulary and phrase tables.
//!
//! Their keys are short words the program itself (or a fact table) lists, looked up
//! once or more per token of every draft on every keystroke: a fast non-keyed hash is
//! enough there, and the standard SipHash was the largest single cost of a check.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The FNV-1a 64-bit hasher.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A `HashMap` with FNV-1a.
pub type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A `HashSet` with FNV-1a.
pub type FnvSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;
