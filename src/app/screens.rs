//! Each screen's own state between frames.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::ui::checklist::DateForm;
use crate::ui::chrome::toast::Toasts;
use crate::ui::dialogs::welcome::Welcome;
use crate::ui::diary::DiaryScreen;
use crate::ui::pages::search::SearchState;

/// The screens' state: what each remembers between frames.
pub(super) struct Screens {
    /// The search field, its results and the highlighting a jump leaves.
    pub search: SearchState,

    /// The Checklist tab's date form.
    pub date_form: DateForm,

    /// The Diary tab's own state.
    pub diary: DiaryScreen,

    /// The first-start question, while it is asked.
    pub welcome: Option<Welcome>,

    /// Messages that go away by themselves.
    pub toasts: Toasts,

    /// Where the export and report dialogs offer to save.
    pub export_dir: PathBuf,
}

impl Screens {
    /// Every screen as it starts on `today`; saving dialogs start in the person's documents.
    pub(super) fn new(today: Date, data_dir: &Path) -> Self {
        let export_dir = directories::UserDirs::new()
            .and_then(|dirs| dirs.document_dir().map(PathBuf::from))
            .or_else(|| directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned()))
            .unwrap_or_else(|| data_dir.to_owned());
        Self {
            search: SearchState::default(),
            date_form: DateForm::new(today),
            diary: DiaryScreen::new(today),
            welcome: None,
            toasts: Toasts::default(),
            export_dir,
        }
    }
}
