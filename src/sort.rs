//! One small stable sort for the whole crate.
//!
//! `slice::sort_by_key` is monomorphised per element type and key: each call site
//! brings its own copy of the standard library's sort (driftsort, its small-sort and
//! quicksort), 5–9 KB of WebAssembly each. Thirteen call sites made 115 KB of the
//! 813 KB module. Here the standard sort runs once, on indices with a comparator
//! behind a reference, and each call site only adds the small code that computes
//! keys and applies the permutation. The order is the same: stable, by key.

use std::cmp::Ordering;

/// Sorts `v` stably by `key`, as `slice::sort_by_key` does.
pub fn by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably with `cmp`, as `slice::sort_by` does.
pub fn by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = permutation(v.len(), &|a, b| cmp(&v[a], &v[b]));
    apply(v, order);
}

/// The indices `0..n` in the order `cmp` gives them (stable). Not generic: the one
/// copy of the standard sort in the crate.
#[inline(never)]
fn permutation(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Rearranges `v` so that position `i` holds what was at `order[i]`, following each
/// cycle of the permutation with swaps.
fn apply<T>(v: &mut [T], order: Vec<usize>) {
    let mut done = vec![false; v.len()];
    for start in 0..v.len() {
        let mut i = start;
        while !done[i] {
            done[i] = true;
            let from = order[i];
            if from == start {
                break;
            }
            v.swap(i, from);
            i = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key_like_the_standard_sort() {
        // Pairs (key, original position): equal keys must keep their order.
        let keys = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 0, 0, 7];
        let mut ours: Vec<(i32, usize)> = keys.iter().copied().zip(0..).collect();
        let mut std_sorted = ours.clone();
        by_key(&mut ours, |p| p.0);
        std_sorted.sort_by_key(|p| p.0);
        assert_eq!(ours, std_sorted);
    }

    #[test]
    fn every_permutation_of_a_small_slice_sorts() {
        // All 5! orders of five distinct values, with a reversed comparator too.
        let mut v = [0u8, 1, 2, 3, 4];
        let mut count = 0;
        permute_all(&mut v, 0, &mut |p| {
            let mut a = p.to_vec();
            by_key(&mut a, |&x| x);
            assert_eq!(a, [0, 1, 2, 3, 4], "from {p:?}");
            let mut d = p.to_vec();
            by(&mut d, |x, y| y.cmp(x));
            assert_eq!(d, [4, 3, 2, 1, 0], "from {p:?}");
            count += 1;
        });
        assert_eq!(count, 120);
    }

    fn permute_all(v: &mut [u8; 5], k: usize, f: &mut dyn FnMut(&[u8])) {
        if k == v.len() {
            return f(v);
        }
        for i in k..v.len() {
            v.swap(k, i);
            permute_all(v, k + 1, f);
            v.swap(k, i);
        }
    }

    #[test]
    fn empty_and_single_slices_are_left_alone() {
        let mut e: Vec<u8> = vec![];
        by_key(&mut e, |&x| x);
        assert!(e.is_empty());
        let mut one = vec![String::from("a")];
        by_key(&mut one, |s| s.len());
        assert_eq!(one, ["a"]);
    }
}
