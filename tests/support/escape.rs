//! `\u{…}` escapes in test data files (invisible characters written visibly), shared by
//! every table-driven test that reads them.

/// `s` with each `\u{XXXX}` decoded; an unclosed or invalid escape is an error naming it.
pub fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        let close = after
            .find('}')
            .ok_or_else(|| format!("unclosed \\u{{ escape in {s:?}"))?;
        let code = u32::from_str_radix(&after[..close], 16)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| format!("bad escape \\u{{{}}} in {s:?}", &after[..close]))?;
        out.push(code);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}
