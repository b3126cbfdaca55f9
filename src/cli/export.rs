//! `skincare-guide export`: the plan as a calendar, a checklist, or the diary as CSV.

use std::path::Path;

use super::{CommandError, ExportFormat, read_data, warn, write_out};
use crate::content::{self, Origin};
use crate::output::export::{self, Format};

/// Writes the plan in `format` to `out` and says where.
pub(super) fn run(
    origin: &Origin,
    data_dir: &Path,
    format: ExportFormat,
    out: &Path,
) -> Result<(), CommandError> {
    let format = match format {
        ExportFormat::Ics => Format::Calendar,
        ExportFormat::Md => Format::Markdown,
        ExportFormat::Csv => Format::Csv,
    };
    let loaded = content::load(origin, content::today())?;
    if !data_dir.is_dir() {
        return Err(CommandError::NoDataFolder(data_dir.to_owned()));
    }
    let (store, data) = read_data(data_dir)?;
    if !store.path().exists() {
        warn(&format!(
            "no saved plan in {}: exporting the checklist without dates",
            data_dir.display()
        ));
    }
    let text = export::export(format, &loaded, &data.progress, jiff::Zoned::now())?;
    let sessions = data.progress.sessions.len();
    write_out(
        out,
        format.into(),
        text.as_bytes(),
        store.path(),
        &loaded.origin,
        |path| {
            format!(
                "wrote {} ({sessions} session{}, content: {})",
                path.display(),
                if sessions == 1 { "" } else { "s" },
                loaded.origin
            )
        },
    )
}
