//! The TypeScript types of the report, generated from the Rust types (ts-rs), are the
//! ones the npm package ships (`www/types/report.d.ts`, appended to
//! `pkg/claimcheck.d.ts` by scripts/build-wasm.sh). Runs with `--features ts`:
//!
//!     cargo test --features ts --test ts_types
//!     UPDATE_TYPES=1 cargo test --features ts --test ts_types   # rewrite the file
#![cfg(feature = "ts")]

use claimcheck::claim::{Hedge, Kind, Shape};
use claimcheck::date::Date;
use claimcheck::dismiss::{Applied, Dismissal};
use claimcheck::facts::Source;
use claimcheck::report::{Evidence, FactRef, FactRow, Finding, Report, Summary, Words};
use claimcheck::verdict::Verdict;
use ts_rs::{Config, TS};

const SHIPPED: &str = "www/types/report.d.ts";

fn decl<T: TS>(cfg: &Config) -> String {
    let docs = T::docs().map(|d| format!("{d}\n")).unwrap_or_default();
    format!("{docs}export {}\n", T::decl(cfg))
}

fn generated() -> String {
    let cfg = Config::default();
    let mut out = String::from(
        "// Generated from the Rust types by tests/ts_types.rs (ts-rs); do not edit.\n\
         // Regenerate: UPDATE_TYPES=1 cargo test --features ts --test ts_types\n\n",
    );
    for d in [
        decl::<Report>(&cfg),
        decl::<Summary>(&cfg),
        decl::<Finding>(&cfg),
        decl::<Evidence>(&cfg),
        decl::<Words>(&cfg),
        decl::<FactRef>(&cfg),
        decl::<FactRow>(&cfg),
        decl::<Source>(&cfg),
        decl::<Kind>(&cfg),
        decl::<Hedge>(&cfg),
        decl::<Shape>(&cfg),
        decl::<Verdict>(&cfg),
        decl::<Date>(&cfg),
        decl::<Applied>(&cfg),
        decl::<Dismissal>(&cfg),
    ] {
        out.push_str(&d);
        out.push('\n');
    }
    // A date is written YYYY-MM-DD; the conventional name for a finding in the JS API.
    out.push_str(
        "/** A claim in the report (the same as Finding). */\nexport type Claim = Finding;\n",
    );
    out
}

#[test]
fn shipped_types_are_the_generated_ones() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SHIPPED);
    let want = generated();
    if std::env::var_os("UPDATE_TYPES").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{SHIPPED} differs from the types generated from the Rust types; \
         run UPDATE_TYPES=1 cargo test --features ts --test ts_types\n--- generated ---\n{want}"
    );
}
