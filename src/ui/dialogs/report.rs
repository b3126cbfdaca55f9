//! The "Report for my clinic…" dialog: an optional name, the period, the paper, an optional
//! before/after photo pair, and where to save the PDF. The name lives only in this form: it is
//! printed on the report and never saved.

use std::path::PathBuf;

use egui::{RichText, Ui};
use jiff::civil::Date;

use crate::output::FileKind;
use crate::output::report::{self, MAX_NAME_CHARS, Options, Paper};
use crate::ui::dialogs::file_chooser::{FileChooser, save_path_ui, saved_ui};
use crate::ui::dialogs::{ButtonKind, buttons_ui, dialog_ui};
use crate::ui::style::{self, dialog_width};

/// The dialog's state between frames. Owned by the app; not saved.
#[derive(Debug)]
pub struct ReportForm {
    name: String,
    from: String,
    to: String,
    paper: Paper,
    with_photos: bool,
    before: Option<u64>,
    after: Option<u64>,
    path: String,
    chooser: FileChooser,
    /// The photos to pick from: (id, label).
    choices: Vec<(u64, String)>,
    /// The data folder, where the photos' thumbnails are.
    data_dir: PathBuf,
    /// The outcome of the last save: where and how many pages, or why it failed.
    pub outcome: Option<Result<(PathBuf, String), String>>,
}

/// What the person asked for.
#[derive(Clone, Debug)]
pub enum ReportAction {
    /// Make the report with these options and write it to the path.
    Save(Box<Options>, PathBuf),

    /// Open the folder the report was saved in.
    OpenFolder(PathBuf),

    /// Close the dialog.
    Close,
}

impl ReportForm {
    /// A form for a report of everything so far, saved in `dir`, on the locale's paper.
    pub fn new(
        dir: PathBuf,
        data_dir: PathBuf,
        progress: &crate::user_data::UserData,
        today: Date,
    ) -> Self {
        let (from, to) = report::recorded_span(progress, today);
        let pair = progress.diary.default_comparison(progress);
        Self {
            name: String::new(),
            from: from.to_string(),
            to: to.to_string(),
            paper: Paper::from_locale(),
            with_photos: false,
            before: pair.map(|(before, _)| before),
            after: pair.map(|(_, after)| after),
            path: dir
                .join(format!("microneedling-report-{today}.pdf"))
                .display()
                .to_string(),
            chooser: FileChooser::default(),
            choices: report::photo_choices(progress),
            data_dir,
            outcome: None,
        }
    }

    /// The options the form holds for a report made `today`, or what is wrong with them.
    pub fn options(&self, today: Date) -> Result<Options, FormProblem> {
        let date = |text: &str, which: &'static str| -> Result<Date, FormProblem> {
            text.trim()
                .parse::<Date>()
                .map_err(|_| FormProblem::NotADate { which, today })
        };
        let from = date(&self.from, "first")?;
        let to = date(&self.to, "last")?;
        if from > to {
            return Err(FormProblem::FirstAfterLast);
        }
        let photos = if self.with_photos {
            match (self.before, self.after) {
                (Some(before), Some(after)) if before != after => Some((before, after)),
                _ => return Err(FormProblem::SamePhotos),
            }
        } else {
            None
        };
        let name = self.name.trim();
        Ok(Options {
            name: (!name.is_empty()).then(|| name.to_owned()),
            from: Some(from),
            to: Some(to),
            paper: self.paper,
            photos,
            made_on: today,
        })
    }

    fn poll_chooser(&mut self) {
        if let Some(path) = self.chooser.take().into_iter().next() {
            self.path = path.display().to_string();
            self.outcome = None;
        }
    }
}

/// The name, the dates the report covers, and the paper size.
fn fields_ui(ui: &mut Ui, form: &mut ReportForm) {
    egui::Grid::new("report-form")
        .num_columns(2)
        .spacing([style::space::M, style::space::S])
        .show(ui, |ui| {
            let label = ui.label("Your name:");
            ui.vertical(|ui| {
                ui.add(
                    egui::TextEdit::singleline(&mut form.name)
                        .char_limit(MAX_NAME_CHARS)
                        .hint_text("optional")
                        .desired_width(260.0),
                )
                .labelled_by(label.id);
                ui.label(style::caption("Printed on the report; never saved."));
            });
            ui.end_row();

            let label = ui.label("From:");
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(&mut form.from).desired_width(120.0))
                    .labelled_by(label.id);
                ui.label(style::caption(
                    "the first day the report covers (YYYY-MM-DD)",
                ));
            });
            ui.end_row();
            let label = ui.label("To:");
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(&mut form.to).desired_width(120.0))
                    .labelled_by(label.id);
                ui.label(style::caption("the last day"));
            });
            ui.end_row();

            ui.label("Paper:");
            ui.horizontal(|ui| {
                for paper in [Paper::A4, Paper::Letter] {
                    ui.radio_value(&mut form.paper, paper, paper.label());
                }
            });
            ui.end_row();
        });
}

/// What is wrong with the options in the report form, shown under it.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum FormProblem {
    /// A date field does not hold a `YYYY-MM-DD` date.
    #[error("the {which} date is not a date: write it as YYYY-MM-DD, like {today}")]
    NotADate {
        /// "first" or "last".
        which: &'static str,
        /// Today, as the example.
        today: Date,
    },

    /// The first date is after the last.
    #[error("the first date is after the last one")]
    FirstAfterLast,

    /// Photos are asked for but the same one is picked twice (or one is missing).
    #[error("choose two different photos, or leave photos out")]
    SamePhotos,
}

/// The dialog, as a modal window.
pub fn report_dialog_ui(
    ctx: &egui::Context,
    form: &mut ReportForm,
    today: Date,
) -> Option<ReportAction> {
    form.poll_chooser();
    let mut action = None;
    let (pressed, close) = dialog_ui(
        ctx,
        "clinic-report",
        "Report for your clinic",
        dialog_width::WIDE,
        |ui| {
            ui.add(
            egui::Label::new(
                "A PDF of one to three pages: your sessions, any warning signs, your ratings as \
                 charts, the steps you ticked and your notes. It is saved on this computer only; \
                 you choose whom to give it to.",
            )
            .wrap(),
        );
            ui.add_space(style::space::S);
            fields_ui(ui, form);
            photos_ui(ui, form);
            save_path_ui(
                ui,
                &mut form.path,
                &mut form.chooser,
                "Save the report",
                FileKind::Report,
            );
            let problem = form.options(today).err();
            if let Some(problem) = &problem {
                ui.label(
                    RichText::new(crate::text::case::capitalised(&problem.to_string()))
                        .color(ui.visuals().warn_fg_color),
                );
            }
            let outcome = form.outcome.as_ref().map(|outcome| match outcome {
                Ok((path, summary)) => Ok((path.as_path(), summary.as_str())),
                Err(reason) => Err(reason.as_str()),
            });
            if let Some(folder) = saved_ui(ui, outcome, "Could not save the report") {
                action = Some(ReportAction::OpenFolder(folder));
            }
            buttons_ui(
                ui,
                &[
                    ("Close", ButtonKind::Plain),
                    ("Save report", ButtonKind::Suggested),
                ],
            )
        },
    );
    match pressed {
        Some(1) => match form.options(today) {
            Ok(options) => {
                action = Some(ReportAction::Save(
                    Box::new(options),
                    PathBuf::from(form.path.trim()),
                ));
            }
            Err(problem) => form.outcome = Some(Err(problem.to_string())),
        },
        Some(_) => action = Some(ReportAction::Close),
        None if close && action.is_none() => action = Some(ReportAction::Close),
        None => {}
    }
    action
}

fn photos_ui(ui: &mut Ui, form: &mut ReportForm) {
    if form.choices.len() < 2 {
        ui.add_enabled(
            false,
            egui::Checkbox::new(&mut form.with_photos, "Add a before and after photo"),
        );
        ui.label(style::caption(
            "Add at least two photos in the diary to include a pair.",
        ));
        form.with_photos = false;
        return;
    }
    ui.checkbox(&mut form.with_photos, "Add a before and after photo");
    if !form.with_photos {
        return;
    }
    ui.indent("report-photos", |ui| {
        egui::Grid::new("report-photo-pair")
            .num_columns(3)
            .spacing([style::space::S, style::space::S])
            .show(ui, |ui| {
                for (which, chosen) in [("Before:", &mut form.before), ("After:", &mut form.after)]
                {
                    let label = ui.label(which);
                    let shown = chosen
                        .and_then(|id| form.choices.iter().find(|(choice, _)| *choice == id))
                        .map_or("Choose a photo", |(_, text)| text.as_str());
                    egui::ComboBox::from_id_salt(("report-photo", which))
                        .selected_text(shown)
                        .width(300.0)
                        .show_ui(ui, |ui| {
                            for (id, text) in &form.choices {
                                ui.selectable_value(chosen, Some(*id), text);
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    // The thumbnail, so the person sees which photo goes to the clinic.
                    match chosen {
                        Some(id) => {
                            let thumb = crate::user_data::diary::photos::photos_dir(&form.data_dir)
                                .join(crate::user_data::diary::photos::thumb_file_name(*id));
                            ui.add(
                                egui::Image::new(format!("file://{}", thumb.display()))
                                    .max_height(48.0)
                                    .alt_text(format!("{which} {shown}")),
                            );
                        }
                        None => {
                            ui.label("");
                        }
                    }
                    ui.end_row();
                }
            });
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_form_checks_its_dates_and_photo_pair() {
        let progress = crate::user_data::UserData::default();
        let today = date(2026, 11, 26);
        let mut form = ReportForm::new(
            PathBuf::from("/home/a"),
            PathBuf::from("/data"),
            &progress,
            today,
        );
        assert_eq!(form.path, "/home/a/microneedling-report-2026-11-26.pdf");
        let options = form.options(today).unwrap();
        assert_eq!((options.from, options.to), (Some(today), Some(today)));
        assert_eq!(options.name, None);
        form.name = "  Sam  ".into();
        assert_eq!(form.options(today).unwrap().name.as_deref(), Some("Sam"));
        form.from = "26/11/2026".into();
        assert!(
            form.options(today)
                .unwrap_err()
                .to_string()
                .contains("YYYY-MM-DD")
        );
        form.from = "2026-12-01".into();
        assert!(
            form.options(today)
                .unwrap_err()
                .to_string()
                .contains("after")
        );
        form.from = "2026-11-01".into();
        form.with_photos = true;
        form.before = Some(3);
        form.after = Some(3);
        assert!(
            form.options(today)
                .unwrap_err()
                .to_string()
                .contains("two different photos")
        );
        form.after = Some(4);
        assert_eq!(form.options(today).unwrap().photos, Some((3, 4)));
    }
}
