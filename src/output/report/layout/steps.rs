//! The steps table: for each task of both checklists, a row of ticks per session.

use crate::output::report::layout::*;
use crate::text::dates;

impl Flow<'_> {
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
                    dates::breakable_date(session.date)
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
}
