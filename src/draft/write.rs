//! Writing drafted rows as a fact-table CSV, without the `csv` crate's writer.

use super::{DraftRow, SourceInfo};
use crate::lang::Lang;

/// The rows as a fact-table CSV (the bundled table's columns), with the source's
/// publication, title, date (the rows' `as_of`) and URL in every row.
#[cfg_attr(claimcheck_small, optimize(size))]
pub fn to_csv(rows: &[DraftRow], info: &SourceInfo) -> String {
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let mut out = String::new();
    csv_record(
        &mut out,
        crate::facts::csv_header(&codes).iter().map(|h| h.as_str()),
    );
    for r in rows {
        let per_lang = |list: &[String]| -> Vec<String> {
            let cell = |c: &&str| {
                if *c == r.lang {
                    list.join("|")
                } else {
                    String::new()
                }
            };
            codes.iter().map(cell).collect()
        };
        let (aliases, cues) = (per_lang(&r.aliases), per_lang(&r.cues));
        let (as_of, unit) = (r.as_of.to_string(), r.unit.unwrap_or(""));
        let url = info.url.as_deref().unwrap_or("");
        let head = [&r.id, &as_of, &r.subject, &r.metric].map(String::as_str);
        let kind = [r.kind.name(), &r.value, unit, r.qualifier.name()];
        let lists = aliases.iter().chain(&cues).map(String::as_str);
        let source = [&info.publication, &info.title, &as_of].map(String::as_str);
        let tail = [url, &r.note];
        csv_record(
            &mut out,
            head.into_iter()
                .chain(kind)
                .chain(lists)
                .chain(source)
                .chain(tail),
        );
    }
    out
}

/// Appends one CSV record as the `csv` crate writes it (`QuoteStyle::Necessary`, `\n`
/// after each record): a field is quoted when it holds a comma, a quote or a line
/// break, with quotes doubled. Written here because the crate's writer also carries a
/// float parser (for its `NonNumeric` style), ~10 KB of the WebAssembly.
#[cfg_attr(claimcheck_small, optimize(size))]
fn csv_record<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_records_are_written_as_the_csv_crate_writes_them() {
        let records: [&[&str]; 4] = [
            &["id", "plain text", "", "48.18 billion"],
            &["a,b", "say \"hi\"", "two\nlines", "cr\rhere"],
            &["Việt Nam", " spaced ", "|", "'quote'"],
            &["", "", "", ""],
        ];
        let mut ours = String::new();
        let mut w = csv::Writer::from_writer(Vec::new());
        for r in records {
            csv_record(&mut ours, r.iter().copied());
            w.write_record(r).unwrap();
        }
        let theirs = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(ours, theirs);
    }
}
