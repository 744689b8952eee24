//! Which segments the writer merges: tantivy's log-size levels, with a cap
//! on the size of any one merge; and the merges of the small segments the
//! levels leave behind, at the end of a large run.
//!
//! A merge maps every file of its input segments and reads them through, so
//! while it runs the process holds about the inputs' size in mapped pages.
//! Left alone, the log merge policy ends a million-policy build by merging
//! segments into one of nearly 9 million documents (about 10 GB), which
//! puts peak memory far above what the rest of the build needs. Capping a
//! merge's output keeps that peak near the cap's size at any corpus size,
//! for the price of more segments, which queries search in parallel.

use std::collections::HashMap;

use tantivy::index::{SegmentId, SegmentMeta};
use tantivy::indexer::{LogMergePolicy, MergeCandidate, MergePolicy};

/// Most documents (sections) one merge may produce: about 1 GB of index
/// with typical sections.
pub const MAX_MERGED_DOCS: u32 = 1_000_000;

#[derive(Debug)]
pub struct CappedMergePolicy {
    levels: LogMergePolicy,
    max_merged_docs: u32,
}

impl CappedMergePolicy {
    pub fn new(max_merged_docs: u32) -> CappedMergePolicy {
        let mut levels = LogMergePolicy::default();
        // A segment past half the cap could only merge with smaller ones
        // into something near the cap: leave it as it is.
        levels.set_max_docs_before_merge(max_merged_docs as usize / 2);
        CappedMergePolicy {
            levels,
            max_merged_docs,
        }
    }
}

impl Default for CappedMergePolicy {
    fn default() -> Self {
        CappedMergePolicy::new(MAX_MERGED_DOCS)
    }
}

impl MergePolicy for CappedMergePolicy {
    fn compute_merge_candidates(&self, segments: &[SegmentMeta]) -> Vec<MergeCandidate> {
        let docs: HashMap<SegmentId, u32> =
            segments.iter().map(|s| (s.id(), s.num_docs())).collect();
        self.levels
            .compute_merge_candidates(segments)
            .into_iter()
            .flat_map(|candidate| {
                let sized = candidate
                    .0
                    .into_iter()
                    .map(|id| (id, docs.get(&id).copied().unwrap_or(0)))
                    .collect();
                split_under_cap(sized, self.max_merged_docs)
            })
            .map(MergeCandidate)
            .collect()
    }
}

/// The merges that end a run which wrote a large part of the index: all
/// segments under half the cap, into as few as the cap allows.
///
/// A log level merges only once it holds eight segments, so a build ends
/// with up to seven small segments per level. Every query opens each
/// segment's six files: at 100k policies, seven segments instead of two
/// made a query with no hits take half as long again. Run once, after the
/// writer's own merges are done, each segment is rewritten at most once.
/// Small runs leave the tail to the log levels, so updating one file never
/// rewrites a large segment.
pub fn tail_merges<T>(segments: Vec<(T, u32)>, cap: u32) -> Vec<Vec<T>> {
    let small = segments
        .into_iter()
        .filter(|&(_, docs)| docs < cap / 2)
        .collect();
    split_under_cap(small, cap)
}

/// Splits one proposed merge into merges of at most `cap` documents each,
/// largest segments first; a group of one segment is no merge and is
/// dropped.
fn split_under_cap<T>(mut segments: Vec<(T, u32)>, cap: u32) -> Vec<Vec<T>> {
    segments.sort_by_key(|(_, docs)| std::cmp::Reverse(*docs));
    let mut groups: Vec<(u64, Vec<T>)> = Vec::new();
    for (segment, docs) in segments {
        // First fit: the first group with room, else a new one.
        match groups
            .iter_mut()
            .find(|(total, _)| total + u64::from(docs) <= u64::from(cap))
        {
            Some((total, group)) => {
                *total += u64::from(docs);
                group.push(segment);
            }
            None => groups.push((u64::from(docs), vec![segment])),
        }
    }
    groups
        .into_iter()
        .filter(|(_, group)| group.len() > 1)
        .map(|(_, group)| group)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn totals(groups: &[Vec<(char, u32)>]) -> Vec<u32> {
        groups
            .iter()
            .map(|g| g.iter().map(|(_, d)| d).sum())
            .collect()
    }

    fn split(segments: &[(char, u32)], cap: u32) -> Vec<Vec<(char, u32)>> {
        let sized = segments.iter().map(|&(c, d)| ((c, d), d)).collect();
        split_under_cap(sized, cap)
    }

    #[test]
    fn a_merge_under_the_cap_is_kept_whole() {
        let groups = split(&[('a', 100), ('b', 90), ('c', 80)], 1000);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].len(), 3);
    }

    #[test]
    fn a_merge_over_the_cap_is_split_and_no_group_exceeds_it() {
        let segments: Vec<(char, u32)> = ('a'..='j').map(|c| (c, 300)).collect();
        let groups = split(&segments, 1000);
        assert!(totals(&groups).iter().all(|&t| t <= 1000), "{groups:?}");
        // Ten segments of 300 fit three to a group: three merges and one
        // segment left for later.
        assert_eq!(groups.len(), 3);
        assert_eq!(groups.iter().map(Vec::len).sum::<usize>(), 9);
    }

    #[test]
    fn groups_of_one_are_not_merges() {
        assert!(split(&[('a', 900), ('b', 800)], 1000).is_empty());
    }

    #[test]
    fn the_tail_merges_small_segments_and_leaves_large_ones() {
        let segments = [('a', 900), ('b', 600), ('c', 300), ('d', 200), ('e', 100)];
        let sized = segments.iter().map(|&(c, d)| (c, d)).collect();
        // Under half the cap (500): c, d and e, together under the cap.
        assert_eq!(tail_merges(sized, 1000), vec![vec!['c', 'd', 'e']]);
        let sized = segments.iter().map(|&(c, d)| (c, d)).collect();
        // With a cap of 500, half is 250: only d and e are small.
        assert_eq!(tail_merges(sized, 500), vec![vec!['d', 'e']]);
    }

    #[test]
    fn the_policy_never_proposes_a_merge_over_the_cap() {
        let index = tantivy::Index::create_in_ram(tantivy::schema::Schema::builder().build());
        let policy = CappedMergePolicy::new(1000);
        let metas: Vec<SegmentMeta> = (0..40)
            .map(|i| index.new_segment_meta(SegmentId::generate_random(), 100 + i))
            .collect();
        let docs: HashMap<SegmentId, u32> = metas.iter().map(|m| (m.id(), m.num_docs())).collect();
        let candidates = policy.compute_merge_candidates(&metas);
        assert!(!candidates.is_empty(), "forty small segments should merge");
        for candidate in candidates {
            let total: u32 = candidate.0.iter().map(|id| docs[id]).sum();
            assert!(total <= 1000, "merge of {total} documents");
        }
        // A segment past half the cap is left alone.
        let big = index.new_segment_meta(SegmentId::generate_random(), 600);
        let mut with_big = metas.clone();
        with_big.push(big.clone());
        assert!(policy
            .compute_merge_candidates(&with_big)
            .iter()
            .all(|c| !c.0.contains(&big.id())));
    }
}
