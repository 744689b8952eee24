//! Links the Linux binary as a position-dependent executable: a PIE's tens
//! of thousands of load-time relocations were a third of the system time
//! of a short query (each query is a fresh process).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
