//! Reading a date the person typed into a text field.

use jiff::civil::Date;

/// What is wrong with a typed date, in words the person reads under the field.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateInputError {
    /// Not in the `YYYY-MM-DD` shape.
    #[error("“{0}” is not a date. Type it as YYYY-MM-DD, for example 2026-12-07.")]
    Shape(String),

    /// In the right shape, but no such day (a 30 February).
    #[error("{0} is not a real date. Check the month and the day.")]
    NotReal(String),
}

/// Reads a date typed as `YYYY-MM-DD`, or says in plain words what is wrong with it.
pub fn parse_date_input(text: &str) -> Result<Date, DateInputError> {
    let text = text.trim();
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(index, byte)| match index {
            4 | 7 => byte == b'-',
            _ => byte.is_ascii_digit(),
        });
    if !shaped {
        return Err(DateInputError::Shape(text.to_owned()));
    }
    Date::strptime("%Y-%m-%d", text).map_err(|_| DateInputError::NotReal(text.to_owned()))
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    #[test]
    fn typed_dates_must_be_real_and_in_iso_form() {
        assert_eq!(parse_date_input(" 2028-02-29 "), Ok(date(2028, 2, 29)));
        let not_real = parse_date_input("2027-02-29").unwrap_err().to_string();
        assert!(not_real.contains("not a real date"), "{not_real}");
        for shapeless in ["", "7/12/2026", "2026-12-7", "next monday", "2026-12-07x"] {
            let err = parse_date_input(shapeless).unwrap_err().to_string();
            assert!(err.contains("YYYY-MM-DD"), "{shapeless}: {err}");
        }
    }
}
