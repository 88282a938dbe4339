//! Fuzzes the whole check: any bytes that are UTF-8 must give a report whose spans are
//! valid slices of the input.
#![no_main]

use claimcheck::{CheckOptions, Checker, Date, FactTable};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(|| Checker::new(FactTable::bundled()).expect("the bundled table is valid"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let options = CheckOptions::new(Date::parse("2025-11-25").expect("a valid date"));
    let report = checker().check(text, &options).expect("under the size limit");
    for c in &report.claims {
        assert_eq!(&text[c.byte_span.clone()], c.text);
    }
});
