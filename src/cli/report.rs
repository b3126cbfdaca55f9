//! `skincare-guide report`: the PDF report for the clinic.

use std::path::Path;

use super::{CommandError, PaperSize, read_data, warn, write_out};
use crate::content::{self, Origin};
use crate::output::FileKind;
use crate::output::report::{self, Paper};
use crate::system::read::human_size;

/// What the command line asked of the report.
pub(super) struct Request {
    /// The first day covered, if given.
    pub from: Option<jiff::civil::Date>,
    /// The last day covered, if given.
    pub to: Option<jiff::civil::Date>,
    /// The name printed at the top, if given.
    pub name: Option<String>,
    /// The paper size, if given; else the locale's.
    pub paper: Option<PaperSize>,
    /// Whether to add the diary's before/after photo pair.
    pub photos: bool,
}

/// Writes the clinic report to `out` and says where.
pub(super) fn run(
    origin: &Origin,
    data_dir: &Path,
    request: Request,
    out: &Path,
) -> Result<(), CommandError> {
    let paper = match request.paper {
        Some(PaperSize::A4) => Paper::A4,
        Some(PaperSize::Letter) => Paper::Letter,
        None => Paper::from_locale(),
    };
    let mut options = report::Options::new(content::today(), paper);
    options.from = request.from;
    options.to = request.to;
    options.name = request.name;
    let loaded = content::load(origin, content::today())?;
    let (store, data) = read_data(data_dir)?;
    if !store.path().exists() {
        return Err(CommandError::NoDiary(data_dir.to_owned()));
    }
    if request.photos {
        options.photos = data.progress.diary.default_comparison(&data.progress);
        if options.photos.is_none() {
            warn("--photos: the diary needs at least two photos; making the report without");
        }
    }
    let built = report::build(&loaded, &data.progress, data_dir, &options)?;
    write_out(
        out,
        FileKind::Report,
        &built.bytes,
        store.path(),
        &loaded.origin,
        |path| {
            format!(
                "wrote {} ({}, {})",
                path.display(),
                built.summary(),
                human_size(built.bytes.len() as u64)
            )
        },
    )
}
