"""Positions for the graph page, computed before the page is written, with no label over another.

vis-network draws a dot's label under it, centred, at the node's font size in canvas units; the
whole picture then scales with the zoom. So a layout whose boxes (the node plus its label, plus
its context chips above it) do not overlap in canvas units has no overlap at any zoom. The steps:

1. ForceAtlas2 (NetworkX) with hub dissuasion (``distributed_action``) and node sizes, on the
   linked entities only;
2. scaled so that the boxes fill about a third of the drawing, then pushed apart pairwise along
   the axis of least overlap until no two boxes meet;
3. entities with no link laid out in a grid to the right of the rest, not scattered about;
4. satellites (context entities, and the hidden neighbours a double-click can reveal) placed next
   to the entities they describe, then pushed out of every box while the core stays where it is.

>>> import networkx as nx
>>> g = nx.path_graph(["a", "b", "c"])
>>> boxes = {n: Box.for_label(n * 20, 10.0, 14.0) for n in g}
>>> pos = layout(g, boxes, seed=1)
>>> overlapping(pos, boxes)
0
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

__all__ = ["Box", "fit_zoom", "layout", "overlapping", "place_satellites", "relax", "text_width"]

#: Width of a character in em, for a sans-serif face (Arial, Liberation Sans): rules as data.
_NARROW = set("iljtfI.,:;'!|() ")
_WIDE = set("mwMW@%")
_GAP = 4.0  # canvas units between a node and its label, as vis-network draws them
_PAD = 2.0  # kept clear around every box
DENSITY = 1.0
SCREEN = (1050.0, 770.0)  # a laptop's graph area in px, beside the panel


def text_width(text: str, size: float) -> float:
    """A generous estimate of ``text``'s width at ``size`` px in a sans-serif face; the browser
    measures it exactly, but the layout must be made before any browser sees it."""
    em = 0.0
    for char in text:
        if unicodedata.east_asian_width(char) in {"W", "F"}:
            em += 1.0
        elif char in _NARROW:
            em += 0.3
        elif char in _WIDE:
            em += 0.86
        elif char.isupper() or char.isdigit():
            em += 0.68
        else:
            em += 0.56
    return em * size * 1.04


@dataclass(frozen=True)
class Box:
    """The room a node needs around its centre: ``left``/``right`` half widths and the extent
    ``up`` (node, chips) and ``down`` (node, gap, label)."""

    half: float
    up: float
    down: float

    @classmethod
    def for_label(cls, label: str, radius: float, font: float, chips: str = "") -> Box:
        """The node, its label under it, and its context chips to the right of the node."""
        chip_font = font * 0.75
        chip_reach = radius + 3 + text_width(chips, chip_font) + chip_font * 0.6 if chips else 0.0
        half = max(radius, text_width(label, font) / 2, chip_reach)
        up = max(radius, chip_font * 0.8 if chips else 0.0)
        return cls(half + _PAD, up + _PAD, radius + _GAP + font * 1.5 + _PAD)


def _arrays(nodes: list[str], pos: Mapping[str, tuple[float, float]],
            boxes: Mapping[str, Box]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    xy = np.array([pos[n] for n in nodes], dtype=float).reshape(-1, 2)
    half = np.array([[boxes[n].half, (boxes[n].up + boxes[n].down) / 2] for n in nodes]).reshape(-1, 2)
    shift = np.array([(boxes[n].down - boxes[n].up) / 2 for n in nodes])  # box centre below the node
    return xy, half, shift


def _candidates(centre: np.ndarray, half: np.ndarray) -> np.ndarray:
    """Pairs of boxes close enough to meet: a KD-tree over the ordinary boxes, and each of the few
    large ones (headline labels) searched on its own, so one large box does not make every
    pair a candidate."""
    diag = np.hypot(half[:, 0], half[:, 1])
    large = diag > 3 * np.median(diag)
    tree = cKDTree(centre)
    pairs = [np.zeros((0, 2), dtype=int)]
    if (~large).any():
        found = tree.query_pairs(2 * float(diag[~large].max()), output_type="ndarray").reshape(-1, 2)
        pairs.append(found[~large[found[:, 0]] & ~large[found[:, 1]]])
    for i in np.flatnonzero(large):
        near = np.array(tree.query_ball_point(centre[i], float(diag[i]) + float(diag.max())), dtype=int)
        near = near[(near != i) & (~large[near] | (near > i))]  # a pair of large boxes once
        pairs.append(np.column_stack([np.full(len(near), i), near]))
    return np.concatenate(pairs)


def _overlaps(centre: np.ndarray, half: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of boxes that meet, and by how much along x and y."""
    if len(centre) < 2:
        empty = np.zeros((0, 2))
        return np.zeros((0, 2), dtype=int), empty, empty
    pairs = _candidates(centre, half)
    if len(pairs) == 0:
        return pairs, np.zeros((0, 2)), np.zeros((0, 2))
    i, j = pairs[:, 0], pairs[:, 1]
    gap = np.abs(centre[i] - centre[j])
    depth = half[i] + half[j] - gap
    meet = (depth[:, 0] > 0) & (depth[:, 1] > 0)
    return pairs[meet], depth[meet], (centre[j] - centre[i])[meet]


def _push_apart(xy: np.ndarray, half: np.ndarray, shift: np.ndarray, movable: np.ndarray,
                rounds: int = 400) -> np.ndarray:
    """Move overlapping boxes apart along the axis where they overlap least; fixed ones stay."""
    xy = xy.copy()
    rng = np.random.default_rng(0)
    for _ in range(rounds):
        centre = xy + np.column_stack([np.zeros(len(xy)), shift])
        pairs, depth, apart = _overlaps(centre, half)
        pairs_free = movable[pairs[:, 0]] | movable[pairs[:, 1]] if len(pairs) else np.zeros(0, bool)
        pairs, depth, apart = pairs[pairs_free], depth[pairs_free], apart[pairs_free]
        if len(pairs) == 0:
            break
        reach = half[pairs[:, 0]] + half[pairs[:, 1]]
        axis = (np.abs(apart[:, 1]) / reach[:, 1] > np.abs(apart[:, 0]) / reach[:, 0]).astype(int)  # 1: along y
        rows = np.arange(len(pairs))
        sign = np.sign(apart[rows, axis])
        sign[sign == 0] = rng.choice([-1.0, 1.0], size=int((sign == 0).sum()))
        amount = depth[rows, axis] * 0.5 + 0.5
        share_i = np.where(movable[pairs[:, 1]], 0.5, 1.0) * movable[pairs[:, 0]]
        share_j = np.where(movable[pairs[:, 0]], 0.5, 1.0) * movable[pairs[:, 1]]
        move = np.zeros_like(xy)
        np.add.at(move, (pairs[:, 0], axis), -sign * amount * share_i * 2)
        np.add.at(move, (pairs[:, 1], axis), sign * amount * share_j * 2)
        crowd = np.bincount(pairs.ravel(), minlength=len(xy)).clip(min=1)
        xy += move / np.sqrt(crowd)[:, None]  # a node in many overlaps moves less than their sum
    return xy


def _separate(xy: np.ndarray, half: np.ndarray, shift: np.ndarray) -> np.ndarray:
    """Push apart; where pushing alone leaves boxes meeting (a crowded core), spread the whole
    drawing a little and push again: spreading always ends every overlap."""
    movable = np.ones(len(xy), bool)
    for _ in range(60):
        xy = _push_apart(xy, half, shift, movable, rounds=60)
        if overlapping_count(xy, half, shift) == 0:
            break
        xy = (xy - xy.mean(axis=0)) * 1.03
    return xy


def _extent(xy: np.ndarray, half: np.ndarray, shift: np.ndarray) -> np.ndarray:
    centre = xy + np.column_stack([np.zeros(len(xy)), shift])
    return (centre + half).max(axis=0) - (centre - half).min(axis=0)


def _fit(xy: np.ndarray, half: np.ndarray, shift: np.ndarray, screen: tuple[float, float] = SCREEN) -> float:
    """The zoom at which the whole drawing fits a screen: what decides how large labels look."""
    width, height = _extent(xy, half, shift)
    return min(screen[0] / width, screen[1] / height)


def _compact(xy: np.ndarray, half: np.ndarray, shift: np.ndarray, tries: int = 8) -> np.ndarray:
    """Squeeze the longer side of the drawing toward a screen's shape and separate again, keeping
    the drawing that fits a screen at the largest zoom (small graphs only: each try re-separates)."""
    if len(xy) > 600:  # past this the first fit shows only headline labels: squeezing buys little
        return xy
    best, best_fit = xy, _fit(xy, half, shift)
    for _ in range(tries):
        width, height = _extent(xy, half, shift)
        squeeze = np.array([0.85, 1.0]) if width / height > SCREEN[0] / SCREEN[1] else np.array([1.0, 0.85])
        xy = _separate((xy - xy.mean(axis=0)) * squeeze, half, shift)
        fit = _fit(xy, half, shift)
        if fit > best_fit:
            best, best_fit = xy, fit
    return best


def overlapping_count(xy: np.ndarray, half: np.ndarray, shift: np.ndarray) -> int:
    pairs, _, _ = _overlaps(xy + np.column_stack([np.zeros(len(xy)), shift]), half)
    return len(pairs)


def overlapping(pos: Mapping[str, tuple[float, float]], boxes: Mapping[str, Box]) -> int:
    """How many pairs of boxes still meet (0 after :func:`layout`)."""
    nodes = [n for n in pos if n in boxes]
    xy, half, shift = _arrays(nodes, pos, boxes)
    pairs, _, _ = _overlaps(xy + np.column_stack([np.zeros(len(xy)), shift]), half - _PAD * 0.5)
    return len(pairs)


def _forces(graph: nx.Graph, boxes: Mapping[str, Box], seed: int) -> dict[str, np.ndarray]:
    """ForceAtlas2 with hubs dissuaded and node sizes, fewer rounds as the graph grows (it is
    quadratic in NetworkX)."""
    rounds = int(max(12, min(100, 1.5e8 / max(1, len(graph)) ** 2)))
    size = {n: max(boxes[n].half, boxes[n].down) / 20 for n in graph}
    return nx.forceatlas2_layout(graph, max_iter=rounds, distributed_action=True, node_size=size,
                                 weight="weight", seed=seed, scaling_ratio=2.0, gravity=1.0)


def _fill(xy: np.ndarray, half: np.ndarray, density: float = DENSITY, aspect: float = 1.0) -> np.ndarray:
    """Scale positions so the boxes would cover ``density`` of a drawing ``aspect`` times as
    wide as it is high (a screen's shape). Above 1 they start out overlapping: pushing apart
    then opens the crowded places only, which keeps the drawing compact."""
    if len(xy) < 2:
        return xy - xy.mean(axis=0) if len(xy) else xy
    xy = xy - xy.mean(axis=0)
    spread = np.ptp(xy, axis=0)
    spread[spread <= 0] = 1.0
    height = math.sqrt(float((4 * half[:, 0] * half[:, 1]).sum()) / density / aspect)
    return xy * np.array([height * aspect / spread[0], height / spread[1]])


def _grid(nodes: list[str], boxes: Mapping[str, Box], left: float, top: float, width: float) -> dict[str, tuple[float, float]]:
    """Unlinked entities in rows, sorted by name, starting at (left, top)."""
    placed: dict[str, tuple[float, float]] = {}
    cell_w = max((2 * boxes[n].half for n in nodes), default=0.0)
    cell_h = max((boxes[n].up + boxes[n].down for n in nodes), default=0.0)
    columns = max(1, int(width // cell_w) if cell_w else 1)
    for index, node in enumerate(nodes):
        row, column = divmod(index, columns)
        placed[node] = (left + cell_w * (column + 0.5), top + cell_h * row + boxes[node].up)
    return placed


def layout(graph: nx.Graph, boxes: Mapping[str, Box], seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions in canvas units for every node of ``graph`` (linked ones by force, then pushed
    apart; unlinked ones in a grid to the right), with no two boxes overlapping."""
    linked = [n for n in graph if graph.degree(n) > 0]
    alone = sorted((n for n in graph if graph.degree(n) == 0), key=lambda n: str(n))
    pos: dict[str, tuple[float, float]] = {}
    if linked:
        forces = _forces(graph.subgraph(linked), boxes, seed)
        xy, half, shift = _arrays(linked, {n: tuple(forces[n]) for n in linked}, boxes)
        xy = _compact(_separate(_fill(xy, half), half, shift), half, shift)
        pos = {n: (float(x), float(y)) for n, (x, y) in zip(linked, xy)}
    return _beside(pos, alone, boxes)


def _beside(pos: dict[str, tuple[float, float]], alone: list[str], boxes: Mapping[str, Box]) -> dict[str, tuple[float, float]]:
    """Unlinked entities in a grid to the right of the linked ones."""
    if not alone:
        return pos
    xs = [x + boxes[n].half for n, (x, _) in pos.items()] or [0.0]
    ys = [y - boxes[n].up for n, (_, y) in pos.items()] or [0.0]
    width = max(300.0, math.sqrt(sum(4 * boxes[n].half * boxes[n].down for n in alone) * 1.5))
    return {**pos, **_grid(alone, boxes, max(xs) + 60.0, min(ys), width)}


def fit_zoom(pos: Mapping[str, tuple[float, float]], boxes: Mapping[str, Box]) -> float:
    """The zoom at which the drawing fits a laptop's graph area (labels look font x zoom px)."""
    nodes = list(pos)
    return _fit(*_arrays(nodes, pos, boxes)) if nodes else 1.0


def relax(pos: Mapping[str, tuple[float, float]], boxes: Mapping[str, Box],
          alone: Iterable[str] = ()) -> dict[str, tuple[float, float]]:
    """Push apart again after some boxes grew, from where the nodes are; ``alone`` (unlinked)
    ones are laid out in the grid beside the rest again."""
    aside = sorted(set(alone) & set(pos), key=str)
    nodes = [n for n in pos if n not in set(aside)]
    xy, half, shift = _arrays(nodes, pos, boxes)
    xy = _separate(xy, half, shift) if len(nodes) else xy
    return _beside({n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy)}, aside, boxes)


def place_satellites(graph: nx.Graph, pos: Mapping[str, tuple[float, float]], satellites: Iterable[str],
                     boxes: Mapping[str, Box], seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions for ``satellites`` next to their placed neighbours (in breadth-first order, so a
    second ring sits beyond the first), pushed clear of every box while ``pos`` stays fixed."""
    rng = np.random.default_rng(seed)
    placed = dict(pos)
    waiting = [s for s in satellites if s not in placed]
    while waiting:
        ready = [s for s in waiting if any(m in placed for m in graph[s])] or waiting[:1]
        for node in ready:
            near = [placed[m] for m in graph[node] if m in placed] or [(0.0, 0.0)]
            x, y = np.mean(near, axis=0) + rng.normal(0, 40, 2)
            placed[node] = (float(x), float(y))
        waiting = [s for s in waiting if s not in placed]
    nodes = list(placed)
    xy, half, shift = _arrays(nodes, placed, boxes)
    movable = np.array([n not in pos for n in nodes])
    if movable.any():
        xy = _push_apart(xy, half, shift, movable, rounds=120)
        xy = _free_spots(xy, half, shift, movable)
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy) if n not in pos}


def _free_spots(xy: np.ndarray, half: np.ndarray, shift: np.ndarray, movable: np.ndarray) -> np.ndarray:
    """A satellite still overlapping after pushing (hemmed in by fixed boxes) moves to the
    nearest free spot on rings around where it is."""
    xy = xy.copy()
    pairs, _, _ = _overlaps(xy + np.column_stack([np.zeros(len(xy)), shift]), half)
    stuck = sorted({int(i) for pair in pairs for i in pair if movable[i]})
    angles = np.linspace(0, 2 * np.pi, 16, endpoint=False)
    for i in stuck:
        step = 2 * float(np.hypot(*half[i])) + 4
        for ring in range(1, 40):
            spots = xy[i] + ring * step * np.column_stack([np.cos(angles), np.sin(angles)])
            for spot in spots:
                centre = np.array([spot[0], spot[1] + shift[i]])
                others = xy + np.column_stack([np.zeros(len(xy)), shift])
                meet = np.all(np.abs(others - centre) < half + half[i], axis=1)
                meet[i] = False
                if not meet.any():
                    xy[i] = spot
                    break
            else:
                continue
            break
    return xy
