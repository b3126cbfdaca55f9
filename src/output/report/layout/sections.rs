//! The report's parts other than charts: who and what, what needs attention, the steps table,
//! the notes, the photo pair and the disclaimer.

use crate::output::report::layout::*;
use crate::text::dates;

impl Flow<'_> {
    pub(super) fn header(&mut self, report: &Report) {
        let width = self.width();
        let title = self.text(&report.title, MARGIN, width, 19.0, Weight::Bold, ACCENT);
        self.outline.push((1, report.title.clone(), 0, MARGIN));
        self.tree
            .push(Elem::new(Kind::Title(report.title.clone()), title));
        self.y += 4.0;
        let mut rows: Vec<(&str, String)> = Vec::new();
        if let Some(name) = &report.name {
            rows.push(("Name", name.clone()));
        }
        rows.push(("Treatment", report.treatment.clone()));
        let mut sessions: Vec<String> = report
            .sessions
            .iter()
            .map(|session| {
                format!(
                    "Session {}: {}",
                    session.number,
                    dates::weekday_date(session.date)
                )
            })
            .collect();
        if report.sessions_left_out > 0 {
            sessions.insert(
                0,
                format!("{} earlier not listed", report.sessions_left_out),
            );
        }
        if let Some(next) = &report.next_session {
            sessions.push(format!(
                "next planned: Session {}: {}",
                next.number,
                dates::weekday_date(next.date)
            ));
        }
        rows.push((
            "Sessions",
            if sessions.is_empty() {
                "No treatment date recorded.".to_owned()
            } else {
                sessions.join("; ")
            },
        ));
        rows.push((
            "Period",
            format!(
                "{} to {}: {} daily check-in{}{}, {} note{}.",
                dates::weekday_date(report.from),
                dates::weekday_date(report.to),
                report.check_in_count,
                if report.check_in_count == 1 { "" } else { "s" },
                match report.entries {
                    Some((first, last)) if first != last => {
                        format!(
                            " (from {} to {})",
                            dates::weekday_date(first),
                            dates::weekday_date(last)
                        )
                    }
                    Some((day, _)) => format!(" (on {})", dates::weekday_date(day)),
                    None => String::new(),
                },
                report.notes.len(),
                if report.notes.len() == 1 { "" } else { "s" },
            ),
        ));
        let label_width = 68.0;
        for (label, value) in rows {
            let top = self.y;
            let mut children = self.text(
                &format!("{label}:"),
                MARGIN,
                label_width,
                BODY,
                Weight::Bold,
                TEXT,
            );
            self.y = top;
            children.extend(self.text(
                &value,
                MARGIN + label_width,
                width - label_width,
                BODY,
                Weight::Regular,
                TEXT,
            ));
            self.tree.push(Elem::new(Kind::Para, children));
            self.y += 1.5;
        }
    }

    pub(super) fn attention(&mut self, attention: &[Attention]) {
        self.heading("Needs attention first", 40.0);
        if attention.is_empty() {
            let para = self.para(
                "Nothing recorded in this period crossed one of the guide's warning rules, and no warning sign was ticked.",
                BODY,
                Weight::Regular,
                TEXT,
            );
            self.tree.push(para);
            return;
        }
        let intro = self.para(
            "Warning signs the person ticked, and ratings that crossed one of the guide's warning rules, most urgent first, each with the advice the app gave at the time (other days above the usual range are under each chart). The app does not diagnose, and does not record whether advice was sought.",
            BODY,
            Weight::Regular,
            QUIET,
        );
        self.tree.push(intro);
        self.y += 3.0;
        let width = self.width();
        let mut items = Vec::new();
        for item in attention.iter().take(MAX_ATTENTION) {
            let when = if item.place.is_empty() {
                dates::weekday_date(item.date)
            } else {
                format!("{} · {}", dates::weekday_date(item.date), item.place)
            };
            let mut body = format!(
                "{} The app's advice at the time: {}.",
                item.reason,
                urgency_advice(item.urgency)
            );
            if let Some(note) = &item.note {
                body.push_str(&format!("\nNote that day: \u{201c}{note}\u{201d}"));
            }
            let height = (self
                .fonts
                .wrap(&body, Weight::Regular, BODY, width - 12.0)
                .len()
                + 1) as f32
                * BODY
                * LEADING;
            self.ensure(height.min(200.0) + 4.0);
            let top = self.y;
            let label = self.text(&when, MARGIN + 10.0, width - 12.0, BODY, Weight::Bold, TEXT);
            let body = self.text(
                &body,
                MARGIN + 10.0,
                width - 12.0,
                BODY,
                Weight::Regular,
                TEXT,
            );
            self.put(
                Mark::Rect {
                    rect: [MARGIN, top, 4.0, self.y - top],
                    fill: urgency_colour(item.urgency),
                },
                None,
            );
            self.y += 4.0;
            items.push(Elem::item(label, body));
        }
        self.tree.push(Elem::new(Kind::List, items));
        if attention.len() > MAX_ATTENTION {
            let para = self.para(
                &format!(
                    "And {} more, older or less urgent, in the app's diary.",
                    attention.len() - MAX_ATTENTION
                ),
                BODY,
                Weight::Regular,
                QUIET,
            );
            self.tree.push(para);
        }
    }

    pub(super) fn notes(&mut self, notes: &[Note], left_out: &[Note]) {
        if notes.is_empty() && left_out.is_empty() {
            return;
        }
        self.heading("The person's notes", 40.0);
        let width = self.width();
        let mut items = Vec::new();
        // Three columns, so a short note takes one line: the day, where it falls, the note.
        let (date_width, place_width) = (84.0, 86.0);
        let text_left = MARGIN + date_width + place_width;
        for note in notes {
            self.ensure(BODY * LEADING);
            let top = self.y;
            let page = self.pages.len();
            let mut label = self.text(
                &dates::weekday_date(note.date),
                MARGIN,
                date_width - 4.0,
                BODY,
                Weight::Bold,
                TEXT,
            );
            let left_bottom = self.y;
            self.y = top;
            if let Some(place) = &note.place {
                label.extend(self.text(
                    place,
                    MARGIN + date_width,
                    place_width - 4.0,
                    SMALL,
                    Weight::Regular,
                    QUIET,
                ));
            }
            let left_bottom = left_bottom.max(self.y);
            self.y = top;
            let body = self.text(
                &note.text,
                text_left,
                width - date_width - place_width,
                BODY,
                Weight::Regular,
                TEXT,
            );
            if self.pages.len() == page {
                self.y = self.y.max(left_bottom);
            }
            self.y += 2.0;
            items.push(Elem::item(label, body));
        }
        if !items.is_empty() {
            self.tree.push(Elem::new(Kind::List, items));
        }
        if let (Some(first), Some(last)) = (left_out.first(), left_out.last()) {
            let para = self.para(
                &format!(
                    "{} {}note{} ({}) did not fit in {MAX_PAGES} pages; {} in the app's diary.",
                    left_out.len(),
                    if notes.is_empty() { "" } else { "earlier " },
                    if left_out.len() == 1 { "" } else { "s" },
                    if first.date == last.date {
                        dates::weekday_date(first.date)
                    } else {
                        format!(
                            "{} to {}",
                            dates::weekday_date(first.date),
                            dates::weekday_date(last.date)
                        )
                    },
                    if left_out.len() == 1 {
                        "it is"
                    } else {
                        "they are"
                    }
                ),
                BODY,
                Weight::Regular,
                QUIET,
            );
            self.tree.push(para);
        }
    }

    pub(super) fn photos(&mut self, photos: &[crate::output::report::Photo; 2]) {
        let gap = 16.0;
        let cell = (self.width() - gap) / 2.0;
        let max_height: f32 = 200.0;
        // Both at the same height, each as wide as its shape needs, within its half.
        let widest = photos
            .iter()
            .map(|photo| photo.width as f32 / photo.height.max(1) as f32)
            .fold(0.0_f32, f32::max)
            .max(0.01);
        let height = max_height.min(cell / widest);
        self.heading("Before and after", height + 20.0);
        self.ensure(height + 20.0);
        let top = self.y;
        for (index, photo) in photos.iter().enumerate() {
            let left = MARGIN + index as f32 * (cell + gap);
            let width = height * photo.width as f32 / photo.height.max(1) as f32;
            let content = self.content(true);
            self.put(
                Mark::Photo {
                    index,
                    rect: [left, top, width, height],
                },
                Some(content),
            );
            self.y = top + height + 3.0;
            let caption = self.text(&photo.caption, left, cell, SMALL, Weight::Regular, QUIET);
            let alt = format!("Photo of the treated skin. {}.", photo.caption);
            self.tree.push(Elem::new(
                Kind::Figure(alt),
                vec![
                    Child::Content(content),
                    Elem::new(Kind::Caption, caption).child(),
                ],
            ));
        }
        self.y += 2.0;
        let caveat = self.para(
            "Taken by the person; light, distance and camera may differ between the two.",
            SMALL,
            Weight::Regular,
            QUIET,
        );
        self.tree.push(caveat);
        self.y += 4.0;
    }

    pub(super) fn about(&mut self, report: &Report) {
        self.heading("About this report", 50.0);
        for (text, colour) in [
            (report.disclaimer.as_str(), TEXT),
            (report.guide_line.as_str(), QUIET),
            (report.made_line.as_str(), QUIET),
        ] {
            let para = self.para(text, BODY, Weight::Regular, colour);
            self.tree.push(para);
            self.y += 2.0;
        }
    }
}

/// The advice the app gives at `urgency`, in the words of its care cards, for the clinic to read.
fn urgency_advice(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::ContactClinic => "contact the clinic",
        Urgency::SameDay => "get medical advice the same day",
        Urgency::Emergency => "emergency, call for help now",
    }
}

/// The colour of an urgency's bar (NHS care-card colours).
fn urgency_colour(urgency: Urgency) -> Colour {
    match urgency {
        Urgency::ContactClinic => [0xff, 0xb8, 0x1c],
        Urgency::SameDay => [0xed, 0x8b, 0x00],
        Urgency::Emergency => [0xd5, 0x28, 0x1b],
    }
}
