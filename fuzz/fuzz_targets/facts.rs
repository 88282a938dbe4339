//! Fuzzes fact-table parsing: any text gives a table or an error naming a place.
#![no_main]

use claimcheck::FactTable;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(e) = FactTable::from_csv("fuzz.csv", text) {
        assert!(e.to_string().starts_with("fuzz.csv:"));
    }
});
