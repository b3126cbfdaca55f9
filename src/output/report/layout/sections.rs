//! The report's parts other than charts: who and what, what needs attention, the steps table,
//! the notes, the photo pair and the disclaimer.

use crate::output::report::layout::*;

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
            .map(|session| format!("Session {}: {}", session.number, long_date(session.date)))
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
                long_date(next.date)
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
                long_date(report.from),
                long_date(report.to),
                report.check_in_count,
                if report.check_in_count == 1 { "" } else { "s" },
                match report.entries {
                    Some((first, last)) if first != last => {
                        format!(" (from {} to {})", long_date(first), long_date(last))
                    }
                    Some((day, _)) => format!(" (on {})", long_date(day)),
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
                long_date(item.date)
            } else {
                format!("{} · {}", long_date(item.date), item.place)
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

    pub(super) fn steps(&mut self, steps: &StepsTable) {
        self.heading("Preparation and aftercare steps", 60.0);
        if steps.sessions.is_empty() {
            let para = self.para(
                "No session falls in this period.",
                BODY,
                Weight::Regular,
                TEXT,
            );
            self.tree.push(para);
            return;
        }
        let mut intro = "As ticked in the app's checklists, per session. \u{201c}Not ticked\u{201d} means the step was not ticked; it may still have been done. Aftercare kept day by day (sun, make-up, products) has no tick in the app, so it is not shown.".to_owned();
        if steps.sessions_left_out > 0 {
            intro.push_str(&format!(
                " The latest {} sessions are shown; {} earlier in the period are not.",
                steps.sessions.len(),
                steps.sessions_left_out
            ));
        }
        let para = self.para(&intro, BODY, Weight::Regular, QUIET);
        self.tree.push(para);
        for group in &steps.groups {
            if group.rows.is_empty() {
                continue;
            }
            self.sub_heading(&group.name, 40.0);
            self.table(steps, &group.rows);
        }
    }

    /// One steps table: a header row of sessions, then a row per step.
    fn table(&mut self, steps: &StepsTable, rows: &[crate::output::report::StepRow]) {
        let width = self.width();
        let columns = steps.sessions.len();
        let state_width = (width * 0.55 / columns as f32).clamp(58.0, 80.0);
        let step_width = width - state_width * columns as f32;
        let row_height = SMALL * LEADING + 4.0;
        let headers: Vec<String> = steps
            .sessions
            .iter()
            .map(|session| {
                format!(
                    "Session {}\n{}",
                    session.number,
                    session.date.strftime("%-d %b %Y")
                )
            })
            .collect();
        let header_lines = headers
            .iter()
            .map(|header| {
                self.fonts
                    .wrap(header, Weight::Bold, SMALL, state_width - 6.0)
                    .len()
            })
            .max()
            .unwrap_or(1);
        let header_height = header_lines as f32 * SMALL * LEADING + 4.0;
        self.ensure(header_height + 2.0 * row_height);
        let head = self.table_header(&headers, step_width, state_width, header_height, false);
        let mut body = Vec::new();
        for (index, crate::output::report::StepRow { step, states }) in rows.iter().enumerate() {
            let lines = self
                .fonts
                .wrap(step, Weight::Regular, SMALL, step_width - 8.0);
            let height = lines.len() as f32 * SMALL * LEADING + 4.0;
            if self.ensure(height) {
                // The header again on the new page, as decoration: it was read once already.
                self.table_header(&headers, step_width, state_width, header_height, true);
            }
            let top = self.y;
            if index % 2 == 1 {
                self.put(
                    Mark::Rect {
                        rect: [MARGIN, top, width, height],
                        fill: SHADE,
                    },
                    None,
                );
            }
            self.y = top + 2.0;
            let name = self.text(
                step,
                MARGIN + 4.0,
                step_width - 8.0,
                SMALL,
                Weight::Regular,
                TEXT,
            );
            let mut cells = vec![Elem::new(Kind::RowHeader, name).child()];
            for (column, state) in states.iter().enumerate() {
                self.y = top + 2.0;
                let x = MARGIN + step_width + column as f32 * state_width + 3.0;
                // The exceptions stand out: a step not ticked is bold, one not yet due is quiet.
                let (weight, colour) = match state {
                    crate::output::report::StepState::NotTicked => (Weight::Bold, TEXT),
                    crate::output::report::StepState::Done => (Weight::Regular, TEXT),
                    crate::output::report::StepState::NotYet => (Weight::Regular, QUIET),
                };
                let cell = self.text(state.word(), x, state_width - 6.0, SMALL, weight, colour);
                cells.push(Elem::new(Kind::Cell, cell).child());
            }
            self.y = top + height;
            body.push(Elem::new(Kind::Row, cells).child());
        }
        self.put(
            Mark::Rect {
                rect: [MARGIN, self.y, width, 0.6],
                fill: LINE,
            },
            None,
        );
        self.y += 4.0;
        self.tree.push(Elem::new(
            Kind::Table,
            vec![
                Elem::new(Kind::Head, vec![head.child()]).child(),
                Elem::new(Kind::Rows, body).child(),
            ],
        ));
    }

    /// The header row; as decoration when `repeated`.
    fn table_header(
        &mut self,
        headers: &[String],
        step_width: f32,
        state_width: f32,
        height: f32,
        repeated: bool,
    ) -> Elem {
        let top = self.y;
        let width = self.width();
        self.put(
            Mark::Rect {
                rect: [MARGIN, top + height - 0.8, width, 0.8],
                fill: QUIET,
            },
            None,
        );
        let mut cells = Vec::new();
        let mut cell = |flow: &mut Self, text: &str, x: f32, cell_width: f32| {
            flow.y = top + 2.0;
            if repeated {
                for (line_index, line) in flow
                    .fonts
                    .wrap(text, Weight::Bold, SMALL, cell_width)
                    .into_iter()
                    .enumerate()
                {
                    flow.put(
                        Mark::Text {
                            x,
                            y: top + 2.0 + SMALL + line_index as f32 * SMALL * LEADING,
                            size: SMALL,
                            weight: Weight::Bold,
                            colour: TEXT,
                            text: line,
                        },
                        None,
                    );
                }
            } else {
                let children = flow.text(text, x, cell_width, SMALL, Weight::Bold, TEXT);
                cells.push(Elem::new(Kind::ColumnHeader, children).child());
            }
        };
        cell(self, "Step", MARGIN + 4.0, step_width - 8.0);
        for (column, header) in headers.iter().enumerate() {
            let x = MARGIN + step_width + column as f32 * state_width + 3.0;
            cell(self, header, x, state_width - 6.0);
        }
        self.y = top + height;
        Elem::new(Kind::Row, cells)
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
                &long_date(note.date),
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
                        long_date(first.date)
                    } else {
                        format!("{} to {}", long_date(first.date), long_date(last.date))
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
