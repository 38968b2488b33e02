#!/usr/bin/env bash
# Turns work/bench/results/runs.tsv into the markdown table of bench/README.md (medians per case and tool).
#   bench/copy/summarize.sh RESULTS_DIR A_NONZERO D_NONZERO
set -euo pipefail
res=$1 a_nz=$2 d_nz=$3
tsv=$res/runs.tsv
cat "$res/env.txt" | sed 's/^/    /'
echo
awk -F'\t' -v a_nz="$a_nz" -v d_nz="$d_nz" '
function median(key,   n, i, j, t, v) {
  n = split(vals[key], v, " "); if (n == 0) return "";
  for (i = 2; i <= n; i++) { t = v[i] + 0; for (j = i - 1; j >= 1 && v[j] + 0 > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
  return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}
function field(s, name,   m) { if (match(s, name "=[0-9]+")) return substr(s, RSTART + length(name) + 1, RLENGTH - length(name) - 1) + 0; return "" }
function add(key, x) { vals[key] = vals[key] " " x; cnt[key]++ }
NR == 1 { next }
{
  k = $1 "/" $2
  add(k "/wall", $4); add(k "/cpu", $5 + $6); add(k "/rss", $7 / 1024)
  p = field($8, "pageBytes"); if (p != "") add(k "/pages", p)
  b = field($8, "blockBytes"); if (b != "") add(k "/blocks", b)
  s = field($8, "sent"); if (s != "") add(k "/sent", s)
  r = field($8, "resumed"); if (r != "") add(k "/resumed", r)
  pk = field($8, "pagesAtKill"); if (pk != "") add(k "/atkill", pk)
  kw = field($8, "killedWall"); if ($8 ~ /killedWall=/) { split($8, q, "killedWall="); split(q[2], q2, " "); add(k "/killedwall", q2[1]) }
  t = field($8, "transferred"); if (t != "") add(k "/transferred", t)
  j = field($8, "journal"); if (j != "") add(k "/journal", j)
}
END {
  MiB = 1048576
  print "| case | ours median s | AzCopy median s | ratio (target) | ours CPU s / peak RSS MiB | AzCopy CPU s / peak RSS MiB | bytes written |"
  print "| --- | --- | --- | --- | --- | --- | --- |"
  for (ci = 1; ci <= 2; ci++) {
    c = (ci == 1) ? "a" : "b"; o = c "/ours"; z = c "/azcopy"
    if (!cnt[o "/wall"]) continue
    target = (c == "a") ? "<= 0.8" : "<= 1.0"
    if (c == "a") bw = sprintf("ours %.1f MiB = %.3f x non-zero; AzCopy %.1f MiB = %.3f x (non-zero %.1f MiB)", median(o "/pages") / MiB, median(o "/pages") / a_nz, median(z "/pages") / MiB, median(z "/pages") / a_nz, a_nz / MiB)
    else bw = sprintf("ours %.0f MiB, AzCopy %.0f MiB", median(o "/blocks") / MiB, median(z "/blocks") / MiB)
    name = (c == "a") ? "(a) 4 GiB VHD, 5% data" : "(b) 1 GiB block blob"
    printf "| %s | %.2f (n=%d) | %.2f (n=%d) | **%.2f** (%s) | %.1f / %.0f | %.1f / %.0f | %s |\n", name, median(o "/wall"), cnt[o "/wall"], median(z "/wall"), cnt[z "/wall"], median(o "/wall") / median(z "/wall"), target, median(o "/cpu"), median(o "/rss"), median(z "/cpu"), median(z "/rss"), bw
  }
  if (cnt["d/ours/wall"]) {
    o = "d/ours"; z = "d/azcopy"
    printf "| (d) 10 machines x 2 disks of 256 MiB | %.2f (n=%d) | %.2f (n=%d) | **%.2f** (none; RSS < 512 MiB) | %.1f / %.0f | %.1f / %.0f | ours %.1f MiB = %.3f x non-zero; AzCopy %.1f MiB = %.3f x |\n", median(o "/wall"), cnt[o "/wall"], median(z "/wall"), cnt[z "/wall"], median(o "/wall") / median(z "/wall"), median(o "/cpu"), median(o "/rss"), median(z "/cpu"), median(z "/rss"), median(o "/pages") / MiB, median(o "/pages") / d_nz, median(z "/pages") / MiB, median(z "/pages") / d_nz
  }
  for (k in cnt) if (k ~ /^d\/ours-x[0-9]+\/wall$/) { split(k, kk, "/"); n = substr(kk[2], 7) + 0; if (n != 10) big = n }
  if (cnt["d/ours-x10/wall"]) printf "| (d) RSS check: 10 machines x 2 disks of 64 MiB (ours only) | %.2f | | | %.1f / **%.0f** | | |\n", median("d/ours-x10/wall"), median("d/ours-x10/cpu"), median("d/ours-x10/rss")
  if (big != "") printf "| (d) RSS check: %d machines x 2 disks of 64 MiB (ours only) | %.2f | | | %.1f / **%.0f** | | |\n", big, median("d/ours-x" big "/wall"), median("d/ours-x" big "/cpu"), median("d/ours-x" big "/rss")
  if (cnt["c/ours-resume/wall"]) {
    print ""
    print "| (c) resume after kill -9 at ~half the data | ours | AzCopy |"
    print "| --- | --- | --- |"
    printf "| killed run, median s | %.2f | %.2f |\n", median("c/ours-killed/wall"), median("c/azcopy-killed/wall")
    printf "| resume run, median s | %.2f | %.2f |\n", median("c/ours-resume/wall"), median("c/azcopy-resume/wall")
    fo = median("a/ours/wall"); fz = median("a/azcopy/wall")
    if (fo != "") printf "| (killed + resume) / fresh (a) run, medians (target <= 1.2) | **%.2f** | %.2f |\n", (median("c/ours-killed/wall") + median("c/ours-resume/wall")) / fo, (median("c/azcopy-killed/wall") + median("c/azcopy-resume/wall")) / fz
    if (fo != "") printf "| resume run / fresh (a) run | %.2f | %.2f |\n", median("c/ours-resume/wall") / fo, median("c/azcopy-resume/wall") / fz
    printf "| in Azure at the kill (page ranges), median MiB | %.1f | %.1f |\n", median("c/ours-resume/atkill") / MiB, median("c/azcopy-resume/atkill") / MiB
    printf "| journalled at the kill, median MiB | %.1f | n/a |\n", median("c/ours-killed/journal") / MiB
    printf "| sent by the resume run, median MiB | %.1f (bytesSent) | %.1f counted by AzCopy (TotalBytesTransferred) |\n", median("c/ours-resume/sent") / MiB, median("c/azcopy-resume/transferred") / MiB
    printf "| re-sent = in Azure at kill - resumed from journal, median MiB (bound: in-flight chunks) | **%.1f** | all of it (the file restarts) |\n", (median("c/ours-resume/atkill") - median("c/ours-resume/resumed")) / MiB
    printf "| resume run CPU s / peak RSS MiB | %.1f / %.0f | %.1f / %.0f |\n", median("c/ours-resume/cpu"), median("c/ours-resume/rss"), median("c/azcopy-resume/cpu"), median("c/azcopy-resume/rss")
  }
}' "$tsv"
