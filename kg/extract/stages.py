"""The built-in extraction stages, in the order they run."""

from __future__ import annotations

from kg.extract import (
    awards,
    bills,
    decide,
    events,
    furniture,
    organizations,
    people,
    places,
    programs,
    quotes,
    statistical,
    variants,
)
from kg.extract.base import register
from kg.extract.context import Context
from kg.resolve import coref


@register("furniture", 5)
def furniture_stage(ctx: Context) -> None:
    """Datelines, bylines, captions and read-also lines, claimed so they never become entities."""
    furniture.claim_furniture(ctx)


@register("national-programs", 8)
def national_programs(ctx: Context) -> None:
    """National programmes by any of their names (MBG, Sekolah Rakyat), before their words read as bodies or places."""
    programs.extract_national_programs(ctx)


@register("defined-programs", 9)
def defined_programs(ctx: Context) -> None:
    """Programmes named with the acronym they are known by ("Gerakan ... atau GASPOL"), before their words read as bodies or places."""
    programs.extract_defined_by_atau(ctx)


@register("venue-names", 9)
def venue_names(ctx: Context) -> None:
    """Venues named before their kind ("Jakarta Convention Center"), before their words read as regions."""
    places.extract_venue_names(ctx)


@register("regions", 10)
def regions(ctx: Context) -> None:
    """Administrative regions from the Kemendagri gazetteer."""
    places.extract_regions(ctx)


@register("titles", 20)
def titles(ctx: Context) -> None:
    """Titled persons: role, organisation and membership; bare titles for coreference."""
    ctx.role_mentions = [*people.extract_titles(ctx), *people.extract_judges(ctx)]
    people.extract_spokespeople(ctx)
    people.extract_deputy_chairs(ctx)
    people.extract_observers(ctx)
    people.extract_ranked(ctx)
    people.extract_aged(ctx)


@register("pairs", 25)
def pairs(ctx: Context) -> None:
    """Both persons of a candidate pair written with a hyphen ("paslon Hendra Gunawan-Rudi Hartono")."""
    people.extract_pairs(ctx)


@register("organizations", 30)
def orgs(ctx: Context) -> None:
    """Governments, institutions with abbreviations and jurisdictions; who chairs a body named with them."""
    organizations.link_title_orgs(ctx)
    organizations.extract_organizations(ctx)
    people.extract_chairs(ctx)  # (the bodies chaired are read only now: "TPID Kota X, yang diketuai ...")


@register("legislation", 35)
def legislation(ctx: Context) -> None:
    """Regulations with number, year, subject and passing government; bills; national laws by their short titles.

    Bills come before the short titles: "revisi UU Pameran Dagang" is the bill, not the law it revises.
    """
    programs.extract_legislation(ctx)
    bills.extract_bills(ctx)
    bills.extract_regional_regulations(ctx)
    programs.extract_national_laws(ctx)
    bills.extract_laws_by_subject(ctx)  # (after the laws the lexicon knows by their short titles)


@register("venues", 40)
def venues(ctx: Context) -> None:
    """Named venues and areas (Balai Kota, stadiums, streets, kawasan), bodies' buildings ("di kantor
    KPK") and bodies named by their building where someone goes ("ke Mal Pelayanan Publik X"),
    villages and districts the gazetteer does not list as written, highways across an island ("jalur
    Trans Kalimantan") and natural features listed after their kind ("sungai, yaitu X dan Y")."""
    places.extract_body_buildings(ctx)  # (first: "di Gedung Kejari X, Jalan Y" lists a street after it)
    places.extract_building_bodies(ctx)
    places.extract_venues(ctx)
    places.extract_areas(ctx)
    places.extract_unlisted_localities(ctx)
    places.extract_highways(ctx)
    places.extract_features_listed(ctx)


@register("awards", 45)
def award_stage(ctx: Context) -> None:
    """Awards with recipient and conferrer."""
    awards.extract_awards(ctx)


@register("programs", 50)
def program_stage(ctx: Context) -> None:
    """Programs, priority programmes and policy abbreviations."""
    programs.extract_programs(ctx)


@register("abbreviations", 55)
def abbreviation_stage(ctx: Context) -> None:
    """Later uses of abbreviations defined in the article."""
    programs.extract_abbreviation_uses(ctx)


@register("coreference", 60)
def coreference(ctx: Context) -> None:
    """Short names and bare titles resolved to persons met earlier."""
    coref.resolve_called_titles(ctx, ctx.role_mentions)
    coref.resolve_short_names(ctx)
    coref.resolve_roles(ctx, ctx.role_mentions)


@register("ner", 65)
def statistical_stage(ctx: Context) -> None:
    """Untitled persons, organisations and places from the CRF tagger; the bodies those persons chair
    ("Kelompok Tani X yang diketuai Budi")."""
    statistical.extract_untitled(ctx)
    coref.resolve_short_names(ctx)
    people.extract_chairs(ctx)  # (again: a chair named without a title is read only now)


@register("countries", 67)
def country_stage(ctx: Context) -> None:
    """Every country named outside the names the stages before read (after the tagger's)."""
    places.extract_countries(ctx)


@register("local-places", 66)
def local_place_stage(ctx: Context) -> None:
    """Districts and villages named bare after a place word, the places a route joins and the road
    named by them ("ruas jalan A–B"), towns bare between a venue and the day, before their province
    or listed beside a place, and the town of the dateline (after the tagger's)."""
    places.extract_local_places(ctx)
    places.extract_route_ends(ctx)
    places.extract_roads_between(ctx)
    places.extract_towns_after_venues(ctx)
    places.extract_towns_before_provinces(ctx)
    places.extract_listed_towns(ctx)
    places.extract_dateline_town(ctx)


@register("facility-places", 68)
def facility_place_stage(ctx: Context) -> None:
    """Schools, health centres and hospitals named as where something happens, as places too."""
    places.facilities_as_places(ctx)


@register("award-winners", 69)
def award_winner_stage(ctx: Context) -> None:
    """Handed awards' winners that only the tagger read (untitled persons after 'kepada')."""
    awards.link_late_winners(ctx)


@register("quotes", 70)
def quote_stage(ctx: Context) -> None:
    """Direct quotations and their speakers; then titles with 'itu' ('mantan Komisaris Utama ... itu')."""
    quotes.extract_quotes(ctx)
    coref.resolve_demonstrative_titles(ctx, ctx.role_mentions)  # speakers named after quotations count
    coref.resolve_pronoun_titles(ctx, ctx.role_mentions)


@register("events", 80)
def event_stage(ctx: Context) -> None:
    """Dated events with place, participants and topics."""
    events.extract_events(ctx)


@register("variants", 90)
def variant_stage(ctx: Context) -> None:
    """Short forms of an organisation or venue ("Balai Karantina", "Kementerian ESDM") join its full name;
    a person named by a first name alone joins the one full name it opens; an entity named by
    another's alias ("... atau Nino", then "Nino") joins it."""
    variants.merge_variants(ctx)
    variants.merge_first_names(ctx)
    variants.merge_aliases(ctx)


@register("decide", 95)
def decide_stage(ctx: Context) -> None:
    """Nodes that name a type of body rather than one body are dropped, with what leans on them."""
    decide.prune(ctx)
