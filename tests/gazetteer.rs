//! The bundled gazetteer (`data/gazetteer.tsv`) is what its generator writes from the
//! current data packages (`scripts/gen-gazetteer.mjs --check`). The packages are
//! installed by `scripts/setup.sh`; without them this test says so and is skipped,
//! except in CI, where it fails.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

#[test]
fn the_gazetteer_is_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let installed = root
        .join("scripts/gazetteer/node_modules/cldr-localenames-full")
        .is_dir();
    let ci = std::env::var_os("CI").is_some();
    if !installed && !ci {
        eprintln!("skipped: run scripts/setup.sh to install the gazetteer's sources");
        return;
    }
    assert!(
        installed,
        "scripts/setup.sh did not install scripts/gazetteer/node_modules"
    );
    let out = Command::new("node")
        .arg(root.join("scripts/gen-gazetteer.mjs"))
        .arg("--check")
        .output()
        .unwrap_or_else(|e| panic!("node: {e}"));
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
