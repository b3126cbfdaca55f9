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
    let copy_id = |id: &str, copy: usize| {
        if copy == 0 {
            id.to_owned()
        } else {
            format!("{id}-copy-{copy}")
        }
    };
    let scale_page = |page: &Page| Page {
        sections: (0..factor)
            .flat_map(|copy| {
                page.sections.iter().map(move |section| {
                    let mut section = section.clone();
                    section.id = copy_id(&section.id, copy);
                    section
                })
            })
            .collect(),
        ..page.clone()
    };
    big.overview = scale_page(&shipped.overview);
    big.benefits = scale_page(&shipped.benefits);
    big.preparation = scale_page(&shipped.preparation);
    big.aftercare = scale_page(&shipped.aftercare);
    big.faq = (0..factor)
        .flat_map(|copy| {
            shipped.faq.iter().map(move |entry| {
                let mut entry = entry.clone();
                entry.id = copy_id(&entry.id, copy);
                entry
            })
        })
        .collect();
    for (list, original) in [
        (&mut big.before_checklist, &shipped.before_checklist),
        (&mut big.after_checklist, &shipped.after_checklist),
    ] {
        list.items = (0..factor)
            .flat_map(|copy| {
                original.items.iter().map(move |item| {
                    let mut item = item.clone();
                    item.id = copy_id(&item.id, copy);
                    item
                })
            })
            .collect();
    }
    big.sources = (0..factor)
        .flat_map(|copy| {
            shipped.sources.iter().map(move |source| {
                let mut source = source.clone();
                source.id = copy_id(&source.id, copy);
                source
            })
        })
        .collect();
    big
}
