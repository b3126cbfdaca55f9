//! Drawing the window: the header, the navigation, the banners and the page, laid out for the
//! window's size. Everything here only draws and queues [`Action`]s.

use egui::Ui;

use crate::app::{Action, GuideApp};
use crate::ui;
use crate::ui::chrome::banners::Banners;
use crate::ui::style::{palette, space};
use crate::user_data::tab::Tab;

/// Below this window height, in points, the header scrolls with the page instead of staying put.
const COMPACT_HEIGHT_POINTS: f32 = 480.0;

impl GuideApp {
    /// Draws the whole window.
    pub(super) fn frame_ui(&mut self, ui: &mut Ui) {
        self.actions.extend(self.shortcuts(ui.ctx()));
        let scroll_id = self.scroll_id();
        let rect = ui.ctx().content_rect();
        let colours = palette(ui.visuals().dark_mode);
        let chrome = egui::Frame::new()
            .fill(colours.chrome_fill)
            .inner_margin(egui::Margin::symmetric(space::M as i8, 0));
        let wide = rect.width() >= ui::chrome::nav::SIDEBAR_FROM_WIDTH;
        // A short window (large text, or a small screen) cannot spare room for a pinned header:
        // the header and tabs then scroll with the page, so nothing is out of reach.
        if rect.height() < COMPACT_HEIGHT_POINTS {
            egui::CentralPanel::default().show(ui, |ui| {
                ui::reading_column_ui(ui, scroll_id, |ui| {
                    self.header_ui(ui);
                    self.tab_strip_ui(ui);
                    self.body_ui(ui);
                });
            });
        } else {
            egui::Panel::top("header")
                .frame(chrome)
                .show(ui, |ui| self.header_ui(ui));
            if self.guide.loaded.is_some() {
                if wide {
                    egui::Panel::left("sidebar")
                        .frame(chrome)
                        .exact_size(ui::chrome::nav::SIDEBAR_WIDTH)
                        .resizable(false)
                        .show(ui, |ui| self.sidebar_ui(ui));
                } else {
                    egui::Panel::top("tab-strip")
                        .frame(chrome)
                        .show(ui, |ui| self.tab_strip_ui(ui));
                }
            }
            egui::CentralPanel::default().show(ui, |ui| {
                ui::reading_column_ui(ui, scroll_id, |ui| self.body_ui(ui));
            });
        }
        self.modal_ui(ui.ctx());
        self.screens.toasts.ui(ui.ctx());
    }

    fn header_ui(&mut self, ui: &mut Ui) {
        let (title, query) = match &self.guide.loaded {
            Some(loaded) => (
                loaded.guide.title.clone(),
                Some(&mut self.screens.search.query),
            ),
            None => ("Skincare Guide".to_owned(), None),
        };
        let focus = std::mem::take(&mut self.screens.search.focus);
        if let Some(action) = ui::chrome::header::header_ui(ui, &title, query, focus) {
            self.actions.push(Action::Header(action));
        }
    }

    /// The section picked in the sidebar or the tab strip, if any. No section looks selected
    /// while search results or the welcome show.
    fn current_section(&self) -> Option<Tab> {
        (!self.screens.search.active() && self.screens.welcome.is_none()).then(|| self.tab())
    }

    fn sidebar_ui(&mut self, ui: &mut Ui) {
        ui.add_space(space::S);
        if let Some(tab) = ui::chrome::nav::sidebar_ui(ui, self.current_section()) {
            self.actions.push(Action::OpenTab(tab));
        }
    }

    fn tab_strip_ui(&mut self, ui: &mut Ui) {
        if let Some(tab) = ui::chrome::nav::tab_bar_ui(ui, self.current_section()) {
            self.actions.push(Action::OpenTab(tab));
        }
        ui.add_space(space::XS);
    }

    /// Which scroll position the body keeps: one per tab, one for search, one for errors.
    fn scroll_id(&self) -> &'static str {
        if self.guide.loaded.is_none() {
            "content-error"
        } else if self.screens.welcome.is_some() {
            "welcome"
        } else if self.screens.search.active() {
            "search-results"
        } else {
            self.tab().key()
        }
    }

    /// The body of the window: the content error, the welcome, the search results, or the
    /// open tab under the banners that concern it.
    fn body_ui(&mut self, ui: &mut Ui) {
        if self.guide.loaded.is_none() {
            let use_embedded = self
                .guide
                .error
                .as_ref()
                .is_some_and(|err| ui::chrome::content_error::content_error_ui(ui, err));
            if use_embedded {
                self.actions.push(Action::UseEmbeddedGuide);
            }
            return;
        }
        let today = self.today();
        if self.screens.welcome.is_some() {
            // A data file that was set aside is said before the first question, not after it.
            self.banners_ui(ui);
        }
        if let Some(welcome) = &mut self.screens.welcome {
            if let Some(action) = welcome.ui(ui, today) {
                self.actions.push(Action::Welcome(action));
            }
            return;
        }
        ui.add_space(space::L);
        self.banners_ui(ui);
        if self.screens.search.active() {
            self.search_results_ui(ui);
            return;
        }
        self.tab_ui(ui);
    }

    fn banners_ui(&mut self, ui: &mut Ui) {
        let Some(loaded) = &self.guide.loaded else {
            return;
        };
        let banners = Banners {
            origin: &loaded.origin,
            reload_error: self.guide.reload_error.as_ref(),
            content_error: self.guide.error.as_ref(),
            read_only: self
                .data
                .store
                .read_only()
                .map(|read_only| read_only.message()),
            data_notice: self.data.notice.as_ref().map(|notice| notice.message()),
            save_error: self.data.save_error.as_deref(),
        };
        if ui::chrome::banners::banners_ui(ui, &banners) {
            self.actions.push(Action::DismissDataNotice);
        }
    }

    fn search_results_ui(&mut self, ui: &mut Ui) {
        let Some(loaded) = &self.guide.loaded else {
            return;
        };
        let search = &mut self.screens.search;
        let query = search.query.clone();
        let index = search.index(&loaded.guide);
        if let Some(action) = ui::pages::search::results_ui(ui, index, &query) {
            self.actions.push(Action::Search(action));
        }
    }

    /// The open tab.
    fn tab_ui(&mut self, ui: &mut Ui) {
        let today = self.today();
        let writable = self.writable();
        let data_dir = self.data.dir().to_owned();
        let Self {
            guide,
            data,
            screens,
            actions,
            ..
        } = self;
        let Some(loaded) = &guide.loaded else {
            return;
        };
        let progress = &data.progress;
        let guide = &loaded.guide;
        let origin = &loaded.origin;
        let mark = &mut screens.search.mark;
        let tab = progress.last_tab();
        let dates = ui::checklist::timeline::TimelineDates::new(guide, progress, today);
        match tab {
            Tab::Overview => ui::pages::overview_ui(ui, guide, origin, dates, mark),
            Tab::Benefits => {
                ui::pages::page_ui(ui, guide, origin, &guide.benefits, tab, dates, mark);
            }
            Tab::Preparation => {
                ui::pages::page_ui(ui, guide, origin, &guide.preparation, tab, dates, mark);
            }
            Tab::Aftercare => {
                ui::pages::page_ui(ui, guide, origin, &guide.aftercare, tab, dates, mark);
            }
            Tab::Faq => ui::pages::faq::faq_ui(ui, guide, mark),
            Tab::Checklist => {
                // A read-only window shows the checklist as it is, greyed, with nothing to press.
                let date_form = &mut screens.date_form;
                let action = ui
                    .add_enabled_ui(writable, |ui| {
                        ui::checklist::checklist_ui(ui, guide, progress, date_form, today, mark)
                    })
                    .inner;
                actions.extend(action.map(Action::Checklist));
            }
            Tab::Diary => {
                let running = data.imports.running();
                let action = screens
                    .diary
                    .ui(ui, guide, progress, &data_dir, today, writable, running);
                actions.extend(action.map(Action::Diary));
            }
            Tab::Sources => ui::pages::sources::sources_ui(ui, guide, mark),
        }
    }
}
