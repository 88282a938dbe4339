//! The `facts validate`, `facts diff` and `facts draft` subcommands, and reading a
//! dismissals file: arguments, files and printing only; the work is in the library.

use claimcheck::dismiss::{self, Dismissal};

/// Reads `--dismissals FILE` (none: no dismissals).
pub fn read_dismissals(path: Option<&str>) -> Result<Vec<Dismissal>, String> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let bytes =
        std::fs::read(path).map_err(|e| format!("{path}: cannot read the dismissals: {e}"))?;
    let text = crate::cli::utf8(path, bytes)?;
    dismiss::parse_file(path, &text)
}
