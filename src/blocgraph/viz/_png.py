"""Scene → PNG with Pillow: drawn at several times the size and scaled down, which antialiases
edges and text without any system library or font."""

from __future__ import annotations

import io
import math
from functools import lru_cache

from PIL import Image, ImageChops, ImageDraw

from blocgraph.viz._scene import Circle, Fill, Group, Hatch, Node, Path, Polyline, Rect, Scene, Text
from blocgraph.viz._text import ascii_text, font
from blocgraph.viz._topojson import Ring

#: Largest supersampled width in pixels (memory: width² × 0.75 × 3 bytes).
_MAX_DRAW_WIDTH = 6000

RGB = tuple[int, int, int]


@lru_cache(maxsize=256)
def _rgb(colour: str) -> RGB:
    text = colour.lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))


class _Canvas:
    def __init__(self, scene: Scene, width: int) -> None:
        self.out_width = width
        self.out_height = max(1, round(scene.height * width / scene.width))
        self.supersample = max(1, min(4, _MAX_DRAW_WIDTH // max(width, 1)))
        self.k = width / scene.width * self.supersample
        size = (width * self.supersample, self.out_height * self.supersample)
        self.image = Image.new("RGB", size, _rgb(scene.background))
        self.draw = ImageDraw.Draw(self.image)
        self._hatch_cache: dict[str, Image.Image] = {}

    def points(self, ring: Ring) -> list[tuple[float, float]]:
        return [(x * self.k, y * self.k) for x, y in ring.tolist()]

    def width(self, units: float) -> int:
        return max(1, round(units * self.k))

    def hatch(self, hatch: Hatch) -> Image.Image:
        if hatch.id not in self._hatch_cache:
            tile = Image.new("RGB", self.image.size, _rgb(hatch.background))
            draw = ImageDraw.Draw(tile)
            # the SVG pattern's stripes: 45°, `spacing` apart measured across the stripes
            step = hatch.spacing * self.k * math.sqrt(2)
            line = max(1, round(hatch.width * self.k))
            w, h = self.image.size
            offset = -float(h)
            while offset < w:
                draw.line([(offset, h), (offset + h, 0)], fill=_rgb(hatch.lines), width=line)
                offset += step
            self._hatch_cache[hatch.id] = tile
        return self._hatch_cache[hatch.id]

    def paint(self, fill: Fill, box: tuple[int, int, int, int], mask: Image.Image) -> None:
        if fill is None:
            return
        if isinstance(fill, Hatch):
            self.image.paste(self.hatch(fill).crop(box), box, mask)
        else:
            self.image.paste(_rgb(fill), box, mask)

    def fill_rings(self, rings: list[Ring], fill: Fill) -> None:
        if fill is None:
            return
        scaled = [self.points(r) for r in rings if len(r) >= 3]
        if not scaled:
            return
        xs = [x for ring in scaled for x, _ in ring]
        ys = [y for ring in scaled for _, y in ring]
        w, h = self.image.size
        x0, y0 = max(0, math.floor(min(xs))), max(0, math.floor(min(ys)))
        x1, y1 = min(w, math.ceil(max(xs)) + 1), min(h, math.ceil(max(ys)) + 1)
        if x1 <= x0 or y1 <= y0:
            return
        mask = Image.new("1", (x1 - x0, y1 - y0), 0)
        draw = ImageDraw.Draw(mask)
        local = [[(x - x0, y - y0) for x, y in ring] for ring in scaled]
        boxes = [_box(ring) for ring in local]
        for ring, box in zip(local, boxes, strict=True):
            if not any(other is not box and _inside(box, other) for other in boxes):
                # rings of valid shapes only overlap when one holds the other: the outermost
                # are disjoint and can be filled directly
                draw.polygon(ring, fill=1)
        for ring, box in zip(local, boxes, strict=True):
            if any(other is not box and _inside(box, other) for other in boxes):
                # a hole, or an island in a hole: even-odd, flip what is under it
                bx0, by0 = math.floor(box[0]), math.floor(box[1])
                bx1, by1 = math.ceil(box[2]) + 1, math.ceil(box[3]) + 1
                layer = Image.new("1", (bx1 - bx0, by1 - by0), 0)
                ImageDraw.Draw(layer).polygon([(x - bx0, y - by0) for x, y in ring], fill=1)
                region = (bx0, by0, bx1, by1)
                mask.paste(ImageChops.logical_xor(mask.crop(region), layer), region)
        self.paint(fill, (x0, y0, x1, y1), mask.convert("L"))

    def stroke_rings(self, rings: list[Ring], stroke: str | None, width: float) -> None:
        if not stroke or width <= 0:
            return
        pixels = self.width(width)
        for ring in rings:
            if len(ring) >= 2:
                self.draw.line(self.points(ring), fill=_rgb(stroke), width=pixels, joint="curve")

    def text(self, node: Text) -> None:
        size = max(1, round(node.size * self.k))
        face = font(size)
        anchor = {"start": "ls", "middle": "ms", "end": "rs"}[node.anchor]
        stroke = max(1, round(size / 28)) if node.bold else 0
        text = ascii_text(node.text)
        colour = _rgb(node.fill)
        x, y = node.x * self.k, node.y * self.k
        if not node.rotate:
            self.draw.text(
                (x, y),
                text,
                font=face,
                fill=colour,
                anchor=anchor,
                stroke_width=stroke,
                stroke_fill=colour,
            )
            return
        reach = int(face.getlength(text)) + size * 2
        layer = Image.new("L", (reach * 2, reach * 2), 0)
        ImageDraw.Draw(layer).text(
            (reach, reach),
            text,
            font=face,
            fill=255,
            anchor=anchor,
            stroke_width=stroke,
            stroke_fill=255,
        )
        layer = layer.rotate(-node.rotate, resample=Image.Resampling.BICUBIC, center=(reach, reach))
        self.image.paste(colour, (round(x) - reach, round(y) - reach), layer)

    def node(self, node: Node) -> None:
        if isinstance(node, Path):
            self.fill_rings(node.rings, node.fill)
            self.stroke_rings(node.rings, node.stroke, node.stroke_width)
        elif isinstance(node, Polyline):
            if len(node.points) >= 2:
                self.draw.line(
                    self.points(node.points),
                    fill=_rgb(node.stroke),
                    width=self.width(node.stroke_width),
                )
        elif isinstance(node, Rect):
            box = [
                node.x * self.k,
                node.y * self.k,
                (node.x + node.width) * self.k,
                (node.y + node.height) * self.k,
            ]
            if isinstance(node.fill, Hatch):
                x0, y0, x1, y1 = (round(v) for v in box)
                if x1 > x0 and y1 > y0:
                    self.paint(node.fill, (x0, y0, x1, y1), Image.new("L", (x1 - x0, y1 - y0), 255))
                fill = None
            else:
                fill = _rgb(node.fill) if node.fill else None
            outline = _rgb(node.stroke) if node.stroke and node.stroke_width > 0 else None
            self.draw.rectangle(
                box,
                fill=fill,
                outline=outline,
                width=self.width(node.stroke_width) if outline else 0,
            )
        elif isinstance(node, Circle):
            box = [
                (node.cx - node.r) * self.k,
                (node.cy - node.r) * self.k,
                (node.cx + node.r) * self.k,
                (node.cy + node.r) * self.k,
            ]
            if isinstance(node.fill, Hatch):
                x0, y0, x1, y1 = (round(v) for v in box)
                mask = Image.new("L", (x1 - x0, y1 - y0), 0)
                ImageDraw.Draw(mask).ellipse([0, 0, x1 - x0 - 1, y1 - y0 - 1], fill=255)
                self.paint(node.fill, (x0, y0, x1, y1), mask)
                fill = None
            else:
                fill = _rgb(node.fill) if node.fill else None
            outline = _rgb(node.stroke) if node.stroke and node.stroke_width > 0 else None
            self.draw.ellipse(
                box,
                fill=fill,
                outline=outline,
                width=self.width(node.stroke_width) if outline else 0,
            )
        elif isinstance(node, Text):
            self.text(node)
        elif isinstance(node, Group):
            for child in node.children:
                self.node(child)

    def png(self) -> bytes:
        image = self.image
        if self.supersample > 1:
            image = image.resize((self.out_width, self.out_height), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()


def _box(ring: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs = [x for x, _ in ring]
    ys = [y for _, y in ring]
    return (min(xs), min(ys), max(xs), max(ys))


def _inside(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return b[0] <= a[0] and b[1] <= a[1] and a[2] <= b[2] and a[3] <= b[3]


def render_png(scene: Scene, width: int) -> bytes:
    """The scene as PNG bytes, ``width`` pixels wide (height keeps the scene's aspect).

    Raises:
        ValueError: ``width`` is not between 200 and 8000 pixels.
    """
    if not 200 <= width <= 8000:
        raise ValueError(f"width must be between 200 and 8000 pixels, not {width}")
    canvas = _Canvas(scene, width)
    canvas.draw.rectangle([0, 0, *canvas.image.size], fill=_rgb(scene.background))
    for node in scene.nodes:
        canvas.node(node)
    return canvas.png()
