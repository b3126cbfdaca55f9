//! The diary's check-ins as a CSV table, one row per day, for a spreadsheet. No egui.

use crate::content::DiarySettings;
use crate::user_data::UserData;

use crate::user_data::diary::day_in_plan;

/// The check-ins as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed): date,
/// session, day since it, one column per daily scale, the ticked signs and the note.
pub fn check_ins_csv(settings: &DiarySettings, progress: &UserData) -> String {
    let mut header = vec!["date".to_owned(), "session".to_owned(), "day".to_owned()];
    header.extend(settings.scales.iter().map(|scale| scale.name.clone()));
    header.push("warning signs ticked".to_owned());
    header.push("note".to_owned());
    let mut out = row(&header);
    for (date, check_in) in &progress.diary.check_ins {
        let place = day_in_plan(progress, *date);
        let mut cells = vec![
            date.to_string(),
            place.map_or_else(String::new, |p| p.session_number.to_string()),
            place.map_or_else(String::new, |p| p.day.to_string()),
        ];
        cells.extend(settings.scales.iter().map(|scale| {
            check_in
                .ratings
                .get(&scale.id)
                .map_or_else(String::new, u8::to_string)
        }));
        let signs: Vec<&str> = check_in
            .signs
            .iter()
            .map(|id| {
                settings
                    .sign(id)
                    .map_or(id.as_str(), |sign| sign.text.as_str())
            })
            .collect();
        cells.push(signs.join("; "));
        cells.push(check_in.note.clone());
        out.push_str(&row(&cells));
    }
    out
}

fn row(cells: &[String]) -> String {
    let mut line = cells
        .iter()
        .map(|cell| cell_text(cell))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// What a spreadsheet may take as the start of a formula (OWASP's CSV injection list).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One cell: quoted when it holds a comma, quote or line break. A cell that starts with one of
/// [`FORMULA_STARTS`], or has `=`, `+`, `-` or `@` after leading blanks, gets a `'` first, so a
/// spreadsheet shows the note rather than running it as a formula.
fn cell_text(text: &str) -> String {
    let after_blanks = text.trim_start_matches([' ', '\n', '\t', '\r']);
    let formula = text.starts_with(FORMULA_STARTS) || after_blanks.starts_with(FORMULA_STARTS);
    let text = if formula {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::user_data::diary::CheckIn;

    #[test]
    fn a_check_in_becomes_a_row_with_its_session_day_and_quoted_note() {
        let settings = crate::content::parse(crate::content::EMBEDDED_CONTENT, date(2026, 11, 26))
            .unwrap()
            .0
            .diary;
        let mut progress = UserData::default();
        progress.add_session(date(2026, 12, 1));
        let mut check_in = CheckIn {
            note: "Itchy, \"tight\"\n=SUM(A1)".to_owned(),
            ..CheckIn::default()
        };
        check_in.ratings.insert("redness".to_owned(), 4);
        check_in.signs.insert("sign-blisters".to_owned());
        progress.diary.set_check_in(date(2026, 12, 4), check_in);
        let csv = check_ins_csv(&settings, &progress);
        let mut lines = csv.split("\r\n");
        assert_eq!(
            lines.next().unwrap(),
            "date,session,day,Redness,Swelling,Pain or tenderness,Dryness or flaking,warning signs ticked,note"
        );
        assert_eq!(
            lines.next().unwrap(),
            "2026-12-04,1,3,4,,,,\"Blisters, or a cold sore outbreak\",\"Itchy, \"\"tight\"\"\n=SUM(A1)\""
        );
        assert_eq!(cell_text("=1+1"), "'=1+1");
    }

    #[test]
    fn a_cell_a_spreadsheet_could_run_as_a_formula_is_neutralised() {
        // OWASP's list: a cell starting with =, +, -, @, a tab or a carriage return; also a
        // formula behind leading spaces or line breaks, which some spreadsheets skip.
        for text in [
            "=1+1",
            "+1",
            "-1",
            "@SUM(A1)",
            "\t=1+1",
            "\r=1+1",
            "  =1+1",
            "\n=HYPERLINK(\"x\")",
        ] {
            let cell = cell_text(text);
            let unquoted = cell.trim_start_matches('"');
            assert!(unquoted.starts_with('\''), "{text:?} became {cell:?}");
        }
        assert_eq!(cell_text("fine today"), "fine today");
    }
}
