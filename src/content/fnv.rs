//! 64-bit FNV-1a: enough to tell two versions of a file apart or to notice a changed or damaged one (it is not a
//! signature). Names each content file by its bytes (`build.rs`) and checks a saved file (`session/file.rs`).
//! Shared with `build.rs` (through `#[path]`).

pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}
