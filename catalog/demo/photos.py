"""Demo product photos drawn locally with Pillow (nothing is downloaded).

Each photo is a deliberate-looking card: a colour family per category, a simple drawing of the
kind of product (a plant or a device), the product's name and SKU. Within a category the SKU
decides, always the same way, the shade, the background pattern, the drawing's proportions and
an accent badge with the name's initials, so neighbouring tiles are told apart at a glance.
"""

import colorsys
import hashlib
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SIZE = 800


Colour = tuple[int, int, int]


def _rgb(hue: float, lightness: float, saturation: float) -> Colour:
    return tuple(int(c * 255) for c in colorsys.hls_to_rgb(hue % 1, lightness, saturation))


def _sku_seed(sku: str) -> int:
    return int(hashlib.sha1(sku.encode()).hexdigest(), 16)


def _palette(category: str, variant: int, seed: int = 0) -> tuple[Colour, Colour, Colour]:
    """Light background, dark ink and an accent: the category's hue moved a little per SKU."""
    digest = hashlib.sha1(category.encode()).digest()
    hue = digest[0] / 255
    is_plant = category.lower().startswith("aquarium")
    shift = ((seed % 1000) / 999 - 0.5) * (0.12 if is_plant else 0.2)
    if is_plant:
        hue = 0.25 + hue * 0.2  # greens and teals
    hue += shift
    light = _rgb(hue, 0.88 - 0.04 * variant, 0.35 + (seed >> 10) % 30 / 100)
    dark = _rgb(hue, 0.26 + (seed >> 20) % 8 / 100, 0.55)
    accent = _rgb(hue + 0.45 + (seed >> 30) % 20 / 100, 0.40, 0.65)
    return light, dark, accent


def _draw_pattern(draw: ImageDraw.ImageDraw, light: Colour, seed: int) -> None:
    """A faint background pattern, one of four, spaced per SKU."""
    tint = tuple(max(0, c - 14) for c in light)
    step = 48 + (seed >> 40) % 5 * 12
    kind = (seed >> 50) % 4
    for a in range(-SIZE, 2 * SIZE, step):
        if kind == 0:  # diagonal stripes
            draw.line([(a, 0), (a + SIZE, SIZE)], fill=tint, width=step // 3)
        elif kind == 1:  # dots
            for b in range(0, SIZE, step):
                draw.ellipse([a, b, a + step // 4, b + step // 4], fill=tint)
        elif kind == 2:  # horizontal bands
            draw.rectangle([0, a, SIZE, a + step // 3], fill=tint)
        elif a > 0:  # rings from a corner
            draw.ellipse([-a, -a, a, a], outline=tint, width=step // 5)


def _draw_badge(draw: ImageDraw.ImageDraw, name: str, accent: Colour) -> None:
    """A round badge with the name's initials, top right (the tile's discount badge takes the
    top left)."""
    initials = "".join(word[0] for word in name.split() if word[:1].isalnum())[:2].upper()
    radius = 58
    x = SIZE - 110
    draw.ellipse([x - radius, 90 - radius, x + radius, 90 + radius], fill=accent)
    font = ImageFont.load_default(size=48)
    width = draw.textlength(initials, font=font)
    draw.text((x - width / 2, 90 - 30), initials, fill=(255, 255, 255), font=font)


def _draw_plant(draw: ImageDraw.ImageDraw, colour, seed: int, accent: Colour = None) -> None:
    base_x, base_y = SIZE // 2, 520
    stems = 5 + seed % 5
    spread = 100 + (seed >> 3) % 41  # degrees, the fan of stems
    leaf_w, leaf_h = 26 + (seed >> 9) % 22, 14 + (seed >> 14) % 16
    for i in range(stems):
        angle = -spread / 2 + i * spread / (stems - 1) + (seed % 7)
        tip_x = base_x + angle * 3
        tip_y = 140 + abs(angle) * 2 + (seed >> i) % 40
        draw.line([(base_x, base_y), (tip_x, tip_y)], fill=colour, width=10)
        leaf = accent if accent and (seed >> (i + 20)) % 3 == 0 else colour
        draw.ellipse([tip_x - leaf_w, tip_y - leaf_h, tip_x + leaf_w, tip_y + leaf_h], fill=leaf)
    draw.rounded_rectangle([base_x - 90, base_y - 10, base_x + 90, base_y + 60], 18, fill=colour)


def _draw_screen(draw: ImageDraw.ImageDraw, box, accent: Colour, seed: int) -> None:
    """Something on the screen, per SKU: bars, circles or a mountain."""
    left, top, right, bottom = box
    kind = (seed >> 60) % 3
    if kind == 0:
        bars = 3 + seed % 4
        width = (right - left) / (2 * bars + 1)
        for i in range(bars):
            height = (bottom - top) * (0.3 + ((seed >> (i * 4)) % 7) / 10)
            x = left + width * (2 * i + 1)
            draw.rectangle([x, bottom - height, x + width, bottom], fill=accent)
    elif kind == 1:
        for i in range(2 + seed % 3):
            r = (right - left) / (6 + i * 2)
            cx = left + (right - left) * (0.25 + i * 0.25)
            cy = top + (bottom - top) / 2
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=accent)
    else:
        peak = left + (right - left) * (0.3 + seed % 40 / 100)
        draw.polygon(
            [(left, bottom), (peak, top + (bottom - top) * 0.2), (right, bottom)], fill=accent
        )


def _draw_device(
    draw: ImageDraw.ImageDraw, colour, category: str, seed: int = 0, accent: Colour = None
) -> None:
    lowered = category.lower()
    grow = (seed >> 5) % 5 * 10  # the device's size, per SKU
    accent = accent or colour
    if "laptop" in lowered:
        draw.rounded_rectangle([200 - grow, 170, 600 + grow, 430], 16, outline=colour, width=14)
        _draw_screen(draw, (222 - grow, 192, 578 + grow, 408), accent, seed)
        draw.polygon(
            [(150 - grow, 450), (650 + grow, 450), (690 + grow, 500), (110 - grow, 500)],
            fill=colour,
        )
    elif "tv" in lowered:
        draw.rounded_rectangle([130 - grow, 150, 670 + grow, 460], 12, outline=colour, width=14)
        _draw_screen(draw, (152 - grow, 172, 648 + grow, 438), accent, seed)
        draw.rectangle([380, 460, 420, 510], fill=colour)
        draw.rectangle([300, 505, 500, 520], fill=colour)
    elif "headphone" in lowered:
        band = 14 + (seed >> 7) % 4 * 4
        draw.arc([220 - grow, 130, 580 + grow, 490], 180, 360, fill=colour, width=band)
        cup = 24 + (seed >> 11) % 3 * 14
        draw.rounded_rectangle([200 - grow, 300, 280 - grow, 460], cup, fill=colour)
        draw.rounded_rectangle([520 + grow, 300, 600 + grow, 460], cup, fill=colour)
        draw.ellipse([222 - grow, 350, 258 - grow, 410], fill=accent)
        draw.ellipse([542 + grow, 350, 578 + grow, 410], fill=accent)
    else:  # phones, cases, chargers
        half = 100 + grow
        draw.rounded_rectangle([400 - half, 120, 400 + half, 520], 36, outline=colour, width=14)
        _draw_screen(draw, (400 - half + 22, 142, 400 + half - 22, 450), accent, seed)
        draw.ellipse([385, 470, 415, 500], fill=colour)


def draw_product_photo(
    *, target: Path, name: str, sku: str, category: str, index: int, total: int
) -> Path:
    """Write an 800×800 PNG for photo ``index`` (1-based) of ``total`` to ``target``."""
    seed = _sku_seed(sku)
    light, dark, accent = _palette(category, index, seed)
    image = Image.new("RGB", (SIZE, SIZE), light)
    draw = ImageDraw.Draw(image)
    _draw_pattern(draw, light, seed)
    if category.lower().startswith("aquarium"):
        _draw_plant(draw, dark, seed + index, accent)
    else:
        _draw_device(draw, dark, category, seed + index, accent)
    _draw_badge(draw, name, accent)
    title_font = ImageFont.load_default(size=44)
    small_font = ImageFont.load_default(size=26)
    lines = textwrap.wrap(name, width=28)[:2]
    y = 580
    for line in lines:
        width = draw.textlength(line, font=title_font)
        draw.text(((SIZE - width) / 2, y), line, fill=dark, font=title_font)
        y += 54
    caption = f"{sku}   ·   photo {index} of {total}"
    width = draw.textlength(caption, font=small_font)
    draw.text(((SIZE - width) / 2, SIZE - 60), caption, fill=dark, font=small_font)
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(target, format="PNG", optimize=True)
    return target


def generate_demo_photos(*, csv_path: Path, target_root: Path) -> int:
    """Draw every photo the demo CSV names that is not there yet; returns how many were drawn."""
    import csv

    drawn = 0
    with csv_path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            paths = [p.strip() for p in row.get("photos", "").split("|") if p.strip()]
            for index, relative in enumerate(paths, start=1):
                target = target_root / relative
                if target.exists():
                    continue
                draw_product_photo(
                    target=target,
                    name=row["name"],
                    sku=row["sku"],
                    category=row["category"],
                    index=index,
                    total=len(paths),
                )
                drawn += 1
    return drawn
