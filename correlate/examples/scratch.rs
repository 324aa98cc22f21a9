fn main() {
    let s = std::env::args().nth(1).unwrap();
    let n = correlate::normalise::normalise(&s);
    for t in &n.tokens { print!("[{} {:?}] ", t.key, t.kind); }
    println!();
}
