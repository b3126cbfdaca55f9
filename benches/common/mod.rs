//! Bench support: a guide many times larger than the shipped one, so budgets can be checked
//! against growth. Shared by the bench targets with `mod common;`.

use skincare_guide::content::{self, EMBEDDED_CONTENT, Guide, Page};

/// The day the benches run "on", so the shipped guide's review date never warns.
pub const TODAY: jiff::civil::Date = jiff::civil::date(2026, 11, 25);

/// The shipped guide.
pub fn shipped_guide() -> Guide {
    let Ok((guide, _)) = content::parse(EMBEDDED_CONTENT, TODAY) else {
        panic!("the shipped content is valid (a test proves it)");
    };
    guide
}

/// The shipped guide with every section, question, checklist item and source repeated `factor`
/// times under new ids, as the text of a content file.
pub fn scaled_guide_text(factor: usize) -> String {
    let guide = scaled_guide(factor);
    match ron::ser::to_string_pretty(&guide, ron::ser::PrettyConfig::default()) {
        Ok(text) => text,
        Err(err) => panic!("a guide always serializes: {err}"),
    }
}

/// The shipped guide with everything repeated `factor` times under new ids.
pub fn scaled_guide(factor: usize) -> Guide {
    let shipped = shipped_guide();
    let mut big = shipped.clone();
    let scale_page = |page: &Page| Page {
        sections: repeated(&page.sections, factor, |section| &mut section.id),
        ..page.clone()
    };
    big.overview = scale_page(&shipped.overview);
    big.benefits = scale_page(&shipped.benefits);
    big.preparation = scale_page(&shipped.preparation);
    big.aftercare = scale_page(&shipped.aftercare);
    big.faq = repeated(&shipped.faq, factor, |entry| &mut entry.id);
    big.before_checklist.items =
        repeated(&shipped.before_checklist.items, factor, |item| &mut item.id);
    big.after_checklist.items =
        repeated(&shipped.after_checklist.items, factor, |item| &mut item.id);
    big.sources = repeated(&shipped.sources, factor, |source| &mut source.id);
    big
}

/// `items` repeated `factor` times; every copy after the first gets `-copy-N` added to its id,
/// so ids stay unique and references to the originals stay valid.
fn repeated<T: Clone>(items: &[T], factor: usize, id: impl Fn(&mut T) -> &mut String) -> Vec<T> {
    let id = &id;
    (0..factor)
        .flat_map(|copy| {
            items.iter().cloned().map(move |mut item| {
                if copy > 0 {
                    id(&mut item).push_str(&format!("-copy-{copy}"));
                }
                item
            })
        })
        .collect()
}
