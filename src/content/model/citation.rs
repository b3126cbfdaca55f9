//! A citation of a source: its id, and optionally where in the source the support is.
//!
//! The located form names its field `source`, not `id`, so that `id: "…"` in the file always
//! defines something: `check` finds definitions by it.
//!
//! In `content.ron` a citation is either a plain id, `"chu-2021"`, or a struct with a location,
//! `(source: "chu-2021", at: "Table 2")`. Both forms may be mixed in one `sources: [ … ]` list.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The fields of the located form, for error messages.
const FIELDS: &[&str] = &["source", "at"];

/// One cited source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    /// The id of a [`crate::content::Source`].
    pub id: String,

    /// Where in the source the support is: a section, table or page, e.g. "Table 2".
    pub at: Option<String>,
}

impl Citation {
    /// A citation of the whole source.
    pub fn plain(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            at: None,
        }
    }

    /// A citation of a place in the source.
    pub fn located(id: impl Into<String>, at: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            at: Some(at.into()),
        }
    }
}

impl Serialize for Citation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.at {
            None => serializer.serialize_str(&self.id),
            Some(at) => {
                let mut located = serializer.serialize_struct("Citation", 2)?;
                located.serialize_field("source", &self.id)?;
                located.serialize_field("at", at)?;
                located.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Citation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CitationVisitor)
    }
}

/// Accepts `"id"` or `(source: "…", at: "…")`, with an error naming both forms otherwise.
struct CitationVisitor;

impl<'de> Visitor<'de> for CitationVisitor {
    type Value = Citation;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a source id like \"chu-2021\" or (source: \"chu-2021\", at: \"Table 2\")")
    }

    fn visit_str<E: de::Error>(self, id: &str) -> Result<Citation, E> {
        Ok(Citation::plain(id))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Citation, A::Error> {
        let mut id = None;
        let mut at = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "source" if id.is_none() => id = Some(map.next_value::<String>()?),
                "at" if at.is_none() => at = Some(map.next_value::<String>()?),
                "source" | "at" => {
                    return Err(de::Error::custom(format!("`{key}` is given twice")));
                }
                other => return Err(de::Error::unknown_field(other, FIELDS)),
            }
        }
        let id = id.ok_or_else(|| de::Error::missing_field("source"))?;
        Ok(Citation { id, at })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_located_citations_mix_in_one_list() {
        let cited: Vec<Citation> =
            ron::from_str(r#"["a", (source: "b", at: "Table 2"), (source: "c")]"#).unwrap();
        assert_eq!(
            cited,
            [
                Citation::plain("a"),
                Citation::located("b", "Table 2"),
                Citation::plain("c"),
            ]
        );
        let written = ron::to_string(&cited).unwrap();
        assert_eq!(ron::from_str::<Vec<Citation>>(&written).unwrap(), cited);
    }

    #[test]
    fn a_misspelt_field_or_a_missing_source_is_an_error() {
        let err = ron::from_str::<Vec<Citation>>(r#"[(source: "b", where: "x")]"#).unwrap_err();
        assert!(err.to_string().contains("where"), "{err}");
        let err = ron::from_str::<Vec<Citation>>(r#"[(at: "x")]"#).unwrap_err();
        assert!(err.to_string().contains("source"), "{err}");
        let err = ron::from_str::<Vec<Citation>>("[3]").unwrap_err();
        assert!(err.to_string().contains("source id"), "{err}");
    }
}
