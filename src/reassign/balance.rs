//! Balanced choice: each item (a partition) picks `keep` of the brokers in
//! its list, so that the number of picks per broker is as even as
//! possible. With `keep = 1` the pick is the preferred leader; with
//! `keep = new replication factor` it is the replicas a decrease keeps.
//!
//! This is the optimal semi-matching problem (Harvey, Ladner, Lovász,
//! Tamir, "Semi-matchings for bipartite graphs and load balancing",
//! J. Algorithms 2006), generalised to several distinct picks per item. A
//! choice is optimal for every convex measure of imbalance at once (the
//! maximum, the spread, the sum of squares) exactly when there is no
//! *cost-reducing path*: a chain of swaps, each item trading one pick for
//! one of its unpicked brokers, leading from a broker with `k` picks to one
//! with at most `k - 2`. So whenever "every broker within 1" is achievable
//! at all, the choice found here achieves it.

use std::collections::{BTreeMap, HashMap, VecDeque};

const NONE: u32 = u32::MAX;

/// Reorders every list in `items` so its picks come first, each group in
/// the list's original order. `base` holds per-broker loads from outside
/// `items`. Entries on ineligible brokers are never picked. Items start
/// from their current picks (the first `keep` entries) and only the
/// shortest improving chains change them, because each changed pick is
/// work on the cluster (a leader election, a dropped replica elsewhere);
/// an already balanced choice comes back unchanged.
pub(crate) fn balance_choice(
    items: &mut [Vec<u32>],
    keep: &[usize],
    eligible: &[bool],
    base: &[i64],
) {
    // Eligible brokers are renumbered densely so the per-broker tables stay
    // small however sparse the broker ids are.
    let mut eidx = vec![NONE; eligible.len()];
    let mut ne = 0u32;
    for (b, &e) in eligible.iter().enumerate() {
        if e {
            eidx[b] = ne;
            ne += 1;
        }
    }
    if ne == 0 {
        return;
    }
    let ne = ne as usize;
    let on_e = |b: u32| eidx.get(b as usize).copied().unwrap_or(NONE);

    let mut load = vec![0i64; ne];
    for (b, &l) in base.iter().enumerate() {
        if on_e(b as u32) != NONE {
            load[on_e(b as u32) as usize] += l;
        }
    }
    // Picks per item: never more than its eligible entries.
    let picks: Vec<usize> = items
        .iter()
        .enumerate()
        .map(|(i, list)| {
            let k = keep.get(i).copied().unwrap_or(0);
            k.min(list.iter().filter(|&&b| on_e(b) != NONE).count())
        })
        .collect();
    // Start from the current picks, so an already balanced choice comes
    // back unchanged; picks on ineligible brokers go to the least loaded
    // eligible entry. The path search does the balancing.
    let mut chosen: Vec<Vec<bool>> = items.iter().map(|l| vec![false; l.len()]).collect();
    let mut deferred = Vec::new();
    for (i, list) in items.iter().enumerate() {
        let current = keep.get(i).copied().unwrap_or(0).min(list.len());
        let mut n = 0;
        for (j, &b) in list.iter().enumerate().take(current) {
            let e = on_e(b);
            if n < picks[i] && e != NONE {
                chosen[i][j] = true;
                load[e as usize] += 1;
                n += 1;
            }
        }
        if n < picks[i] {
            deferred.push((i, picks[i] - n));
        }
    }
    for &(i, missing) in &deferred {
        for _ in 0..missing {
            let mut best: Option<usize> = None;
            for (j, &b) in items[i].iter().enumerate() {
                let e = on_e(b);
                if e == NONE || chosen[i][j] {
                    continue;
                }
                if best.is_none_or(|k| load[e as usize] < load[on_e(items[i][k]) as usize]) {
                    best = Some(j);
                }
            }
            if let Some(j) = best {
                chosen[i][j] = true;
                load[on_e(items[i][j]) as usize] += 1;
            }
        }
    }

    let mut graph = Graph {
        adj: vec![BTreeMap::new(); ne],
        witnesses: HashMap::new(),
    };
    for i in 0..items.len() {
        graph.edges(i, &items[i], &chosen[i], &on_e, true);
    }

    let mut parent = vec![NONE; ne];
    let mut queue = VecDeque::new();
    // Each swap chain lowers the sum of squared loads, so this ends.
    'improve: loop {
        let min = load.iter().copied().min().unwrap_or(0);
        // The fullest broker almost always has a path; the full ordering is
        // only needed when it does not.
        let mut top = 0;
        for e in 1..ne {
            if load[e] > load[top] {
                top = e;
            }
        }
        let mut path = find_path(top, &load, &graph.adj, &mut parent, &mut queue);
        if path.is_none() {
            let mut order: Vec<usize> = (0..ne).filter(|&e| e != top).collect();
            order.sort_by_key(|&e| (std::cmp::Reverse(load[e]), e));
            for &u in &order {
                if load[u] < min + 2 {
                    break;
                }
                path = find_path(u, &load, &graph.adj, &mut parent, &mut queue);
                if path.is_some() {
                    break;
                }
            }
        }
        let Some(path) = path else { break };
        for pair in path.windows(2) {
            if !graph.swap(pair[0], pair[1], items, &mut chosen, &on_e) {
                // The tables disagree with the picks; stop rather than
                // retry a path that cannot be walked.
                break 'improve;
            }
        }
        if let (Some(&u), Some(&v)) = (path.first(), path.last()) {
            load[u as usize] -= 1;
            load[v as usize] += 1;
        }
    }

    for (list, flags) in items.iter_mut().zip(&chosen) {
        let picked = list.iter().zip(flags).filter(|(_, &c)| c).map(|(&b, _)| b);
        let rest = list.iter().zip(flags).filter(|(_, &c)| !c).map(|(&b, _)| b);
        *list = picked.chain(rest).collect();
    }
}

/// Who can hand a pick to whom.
struct Graph {
    /// `adj[a][b]`: how many items pick `a` and could pick `b` instead.
    adj: Vec<BTreeMap<u32, u32>>,
    /// Items behind each `(a, b)` edge, newest last; entries go stale when
    /// an item's picks change and are dropped when met.
    witnesses: HashMap<(u32, u32), Vec<u32>>,
}

impl Graph {
    /// Adds (or removes) the edges item `i` contributes: every pick to
    /// every eligible non-pick.
    fn edges(
        &mut self,
        i: usize,
        list: &[u32],
        chosen: &[bool],
        on_e: &impl Fn(u32) -> u32,
        add: bool,
    ) {
        for (j, &a) in list.iter().enumerate() {
            let ea = on_e(a);
            if !chosen[j] || ea == NONE {
                continue;
            }
            for (k, &b) in list.iter().enumerate() {
                let eb = on_e(b);
                if chosen[k] || eb == NONE {
                    continue;
                }
                if add {
                    *self.adj[ea as usize].entry(eb).or_insert(0) += 1;
                    self.witnesses.entry((ea, eb)).or_default().push(i as u32);
                } else if let Some(n) = self.adj[ea as usize].get_mut(&eb) {
                    *n = n.saturating_sub(1);
                }
            }
        }
    }

    /// Moves one pick from `a` to `b` in the newest item behind that edge,
    /// so a chain tends to undo a recent change rather than disturb an
    /// untouched item.
    fn swap(
        &mut self,
        a: u32,
        b: u32,
        items: &[Vec<u32>],
        chosen: &mut [Vec<bool>],
        on_e: &impl Fn(u32) -> u32,
    ) -> bool {
        let slot = |i: usize, e: u32| items[i].iter().position(|&x| on_e(x) == e);
        let Some(list) = self.witnesses.get_mut(&(a, b)) else {
            return false;
        };
        let mut found = None;
        while let Some(i) = list.pop() {
            let i = i as usize;
            let from = slot(i, a).filter(|&j| chosen[i][j]);
            let to = slot(i, b).filter(|&j| !chosen[i][j]);
            if let (Some(ja), Some(jb)) = (from, to) {
                found = Some((i, ja, jb));
                break;
            }
        }
        let Some((i, ja, jb)) = found else {
            return false;
        };
        self.edges(i, &items[i], &chosen[i], on_e, false);
        chosen[i][ja] = false;
        chosen[i][jb] = true;
        self.edges(i, &items[i], &chosen[i], on_e, true);
        true
    }
}

/// Breadth-first search for the shortest cost-reducing path from `u`.
fn find_path(
    u: usize,
    load: &[i64],
    adj: &[BTreeMap<u32, u32>],
    parent: &mut [u32],
    queue: &mut VecDeque<u32>,
) -> Option<Vec<u32>> {
    parent.fill(NONE);
    queue.clear();
    parent[u] = u as u32;
    queue.push_back(u as u32);
    while let Some(a) = queue.pop_front() {
        for (&b, &n) in &adj[a as usize] {
            if n == 0 || parent[b as usize] != NONE {
                continue;
            }
            parent[b as usize] = a;
            if load[b as usize] + 2 <= load[u] {
                let mut path = vec![b];
                let mut at = b;
                while at != u as u32 {
                    at = parent[at as usize];
                    path.push(at);
                }
                path.reverse();
                return Some(path);
            }
            queue.push_back(b);
        }
    }
    None
}

/// Reorders `lists` in place so preferred leaders (first replicas) are as
/// even as possible over the eligible brokers. Only partitions flagged
/// `movable` are reordered; the others still count toward their leader's
/// load.
pub(crate) fn balance_leaders(lists: &mut [Vec<u32>], movable: &[bool], eligible: &[bool]) {
    let mut base = vec![0i64; eligible.len()];
    let mut which = Vec::new();
    for (p, list) in lists.iter().enumerate() {
        let flexible = movable.get(p).copied().unwrap_or(false)
            && list
                .iter()
                .any(|&b| eligible.get(b as usize).copied().unwrap_or(false));
        if flexible {
            which.push(p);
        } else if let Some(&first) = list.first() {
            if let Some(l) = base.get_mut(first as usize) {
                *l += 1;
            }
        }
    }
    let mut items: Vec<Vec<u32>> = which.iter().map(|&p| lists[p].clone()).collect();
    let keep = vec![1; items.len()];
    balance_choice(&mut items, &keep, eligible, &base);
    for (p, list) in which.into_iter().zip(items) {
        lists[p] = list;
    }
}
