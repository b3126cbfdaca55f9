//! Diary budgets (filled in below).

fn main() {}
