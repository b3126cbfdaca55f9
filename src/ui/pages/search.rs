//! Search in the UI: the results list, highlighted text, and the mark a jump leaves on the page
//! (which words to highlight, and where to scroll once).

use egui::Ui;
use egui::text::{LayoutJob, TextFormat};

use crate::content::search::{self, SearchIndex, Target};
use crate::ui::heading_ui;
use crate::ui::style::palette;
use crate::user_data::tab::Tab;

/// Longest excerpt shown for a result, in characters.
const SNIPPET_CHARS: usize = 140;

/// What a search jump asks the page to do: highlight the query's words, and scroll to the target
/// once. The default marks nothing.
#[derive(Clone, Debug, Default)]
pub struct Mark {
    words: Vec<String>,
    target: Option<Target>,
    scroll_pending: bool,
}

impl Mark {
    /// A mark for a jump to `target` for `query`.
    pub fn jump(target: Target, query: &str) -> Self {
        Self {
            words: search::query_words(query),
            target: Some(target),
            scroll_pending: true,
        }
    }

    /// The words to highlight.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Whether the jump still has to scroll to `anchor` on `tab`.
    pub fn wants_scroll(&self, tab: Tab, anchor: &str) -> bool {
        self.scroll_pending
            && self
                .target
                .as_ref()
                .is_some_and(|target| target.tab == tab && target.anchor == anchor)
    }

    /// Scrolls to `response` if it is the jump's target, once.
    pub fn scroll_here(&mut self, response: &egui::Response, tab: Tab, anchor: &str) {
        if self.wants_scroll(tab, anchor) {
            response.scroll_to_me(Some(egui::Align::TOP));
            self.scroll_pending = false;
        }
    }
}

/// The search's state between frames: what is typed, the index it searches, what the last jump
/// marked, and a jump waiting for the next frame.
#[derive(Default)]
pub struct SearchState {
    /// What is typed in the search field; results show while it is not blank.
    pub query: String,

    /// The search index of the guide on screen, built at the first search.
    index: Option<SearchIndex>,

    /// What the last search jump highlights.
    pub mark: Mark,

    /// Give the search field the keyboard on the next frame.
    pub focus: bool,

    /// A result picked with Enter, opened at the start of the next frame: the header is drawn
    /// before the page, and a jump made there would scroll the page of this frame (still the
    /// results) instead of the tab it opens.
    pub pending_jump: Option<Target>,
}

impl SearchState {
    /// Whether results show instead of a tab.
    pub fn active(&self) -> bool {
        !self.query.trim().is_empty()
    }

    /// The index for `guide`, built on first use.
    pub fn index(&mut self, guide: &crate::content::Guide) -> &SearchIndex {
        self.index.get_or_insert_with(|| SearchIndex::build(guide))
    }

    /// Forgets the index: the guide changed.
    pub fn forget_index(&mut self) {
        self.index = None;
    }

    /// Queues the first result for `guide` to open on the next frame.
    pub fn open_first_result(&mut self, guide: &crate::content::Guide) {
        if !self.active() {
            return;
        }
        let query = self.query.clone();
        self.pending_jump = self
            .index(guide)
            .search(&query)
            .first()
            .map(|hit| hit.entry.target.clone());
    }

    /// Starts a jump to `target`: highlights the query's words there and closes the results.
    pub fn jump(&mut self, target: Target) {
        self.mark = Mark::jump(target, &self.query);
        self.query.clear();
    }
}

/// What the person did in the results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SearchAction {
    /// Open this result.
    Jump(Target),

    /// Search for this suggested word instead.
    Suggest(String),
}

/// The results for `query`, or "no results" with nearby words.
pub fn results_ui(ui: &mut Ui, index: &SearchIndex, query: &str) -> Option<SearchAction> {
    let mut action = None;
    heading_ui(ui, "Search results", 1);
    let hits = index.search(query);
    let query = query.trim();
    if hits.is_empty() {
        // An empty state as GNOME draws one: a large, quiet icon and one sentence.
        ui.add_space(crate::ui::style::space::XL);
        ui.vertical_centered(|ui| {
            let icon = egui_material_icons::icons::ICON_SEARCH_OFF;
            let (rect, _) = ui.allocate_exact_size(egui::vec2(64.0, 64.0), egui::Sense::hover());
            ui.painter().text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                icon.codepoint,
                egui::FontId::new(64.0, icon.font_family()),
                ui.visuals().weak_text_color(),
            );
            ui.label(format!("No results for “{query}”."));
            let suggestions = index.suggestions(query);
            if !suggestions.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    ui.label("Did you mean:");
                    for word in suggestions {
                        if ui.link(&word).clicked() {
                            action = Some(SearchAction::Suggest(word));
                        }
                    }
                });
            }
        });
        return action;
    }
    let count = if hits.len() == search::MAX_RESULTS {
        format!("The first {} results", hits.len())
    } else if hits.len() == 1 {
        "1 result".to_owned()
    } else {
        format!("{} results", hits.len())
    };
    ui.label(format!(
        "{count} for “{query}”. Press Enter to open the first."
    ));

    for hit in hits {
        let (excerpt, ranges) = search::snippet(&hit.entry.text, &hit.matches, SNIPPET_CHARS);
        let mut job = LayoutJob::default();
        let small = egui::TextStyle::Small.resolve(ui.style());
        job.append(
            &format!("{}\n", hit.entry.place),
            0.0,
            TextFormat::simple(small, ui.visuals().weak_text_color()),
        );
        append_highlighted(ui, &mut job, &excerpt, &ranges);
        let button = egui::Button::new(job)
            .wrap()
            .min_size(egui::vec2(ui.available_width(), 0.0));
        if ui.add(button).clicked() {
            action = Some(SearchAction::Jump(hit.entry.target.clone()));
        }
    }
    action
}

/// `text` as a label, with the mark's words highlighted.
pub fn marked_label(ui: &mut Ui, text: &str, mark: &Mark) -> egui::Response {
    ui.add(egui::Label::new(marked_text(ui, text, mark)).wrap())
}

/// `text` for any widget (a checkbox's label, say), with the mark's words highlighted.
pub fn marked_text(ui: &Ui, text: &str, mark: &Mark) -> egui::WidgetText {
    let ranges = if mark.words().is_empty() {
        Vec::new()
    } else {
        search::find_ranges(text, mark.words())
    };
    if ranges.is_empty() {
        return text.into();
    }
    let mut job = LayoutJob::default();
    append_highlighted(ui, &mut job, text, &ranges);
    job.into()
}

/// Appends `text` in body style, with `ranges` on the highlight colours.
pub(crate) fn append_highlighted(
    ui: &Ui,
    job: &mut LayoutJob,
    text: &str,
    ranges: &[std::ops::Range<usize>],
) {
    let body = egui::TextStyle::Body.resolve(ui.style());
    let plain = TextFormat::simple(body.clone(), ui.visuals().text_color());
    let colours = palette(ui.visuals().dark_mode);
    let highlighted = TextFormat {
        background: colours.highlight_fill,
        ..TextFormat::simple(body, colours.highlight_text)
    };
    let mut at = 0;
    for range in ranges {
        let (Some(before), Some(matched)) = (text.get(at..range.start), text.get(range.clone()))
        else {
            continue;
        };
        job.append(before, 0.0, plain.clone());
        job.append(matched, 0.0, highlighted.clone());
        at = range.end;
    }
    job.append(text.get(at..).unwrap_or_default(), 0.0, plain);
}
