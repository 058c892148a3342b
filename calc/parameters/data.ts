import type { Parameter, ParameterStatus, ParameterValue } from "./types";

/** Date of the parameter set: the day its figures were last checked against their sources. */
export const PARAMETERS_DATE = "2026-11-23";

/** Figures are known until the end of the parameter set's year unless a parameter says otherwise. */
export const DEFAULT_KNOWN_UNTIL = `${PARAMETERS_DATE.slice(0, 4)}-12-31`;

/** The CD 88 note describes the 2022 convention: its figures are known for that year only. */
const CD88_KNOWN_UNTIL = "2022-12-31";

const S = {
  forfait2022: "AN QE 16-2399 ; La Gazette des communes 2022",
  forfait2023: "La Gazette des communes, 29 septembre 2023",
  forfait2024: "Ministre, Assemblée nationale",
  forfait2025: "Estimation : interpolation linéaire 30 000 € → 50 000 € (2022 → 2026)",
  forfait2026:
    "Estimation : trajectoire annoncée, non publiée comme montant attribué. Réponse du Gouvernement à la question écrite AN n° 16-10490 (JO du 23 avril 2024) : « Le soutien passe de 30 000 € en 2022 à 50 000 € en 2026 par France services » ; https://questions.assemblee-nationale.fr/q16/16-10490QE.htm",
  bonusFrr:
    "Estimation : montant non publié. Une bonification du forfait pour les France services situées en zone France ruralités revitalisation (FRR) est annoncée (Gouvernement au Sénat, débat budgétaire, https://archive.nossenateurs.fr/intervention/2832772 : « cette subvention de l'État est complétée d'une bonification pour les maisons France Services situées dans le zonage du plan France ruralités ») ; aucun texte consulté n'en donne le montant : à saisir quand la préfecture le notifie",
  laposte: "Forfait des structures hébergées par La Poste 2020-2022 : 26 000 € fonds postal + 4 000 € FNFS",
  point: "Décrets 2017-85, 2022-994, 2023-519 ; gelé jusqu'en 2025, rien de publié pour 2026",
  point2016:
    "Décret n° 2016-670 du 25 mai 2016 (+ 0,6 % au 1er juillet 2016) : valeur annuelle du point 55,8969 €, soit 5 589,69 € pour l'indice majoré 100 (texte non consulté : valeur relevée dans l'historique du point, https://legislation.leximpact.dev/en/parameters/marche_travail.remuneration_dans_fonction_publique.indicefp.point_indice_en_nominal ; 5 556,35 × 1,006 = 5 589,688 → 5 589,69)",
  point2026: "Estimation : rien de publié pour 2026, valeur gelée depuis le 1er juillet 2023 reconduite",
  imMin:
    "Article 8 du décret n° 85-1148 (minimum de traitement), relevé par les décrets 2021-1270 (IM 340 au 1er octobre 2021), du 22 décembre 2021 (IM 343 au 1er janvier 2022), 2022-586 (IM 352 au 1er mai 2022), 2022-1615 (IM 353 au 1er janvier 2023), 2023-312 (IM 361 au 1er mai 2023), 2023-519 (IM 366 au 1er janvier 2024)",
  imMin309:
    "Estimation : IM 309 était le minimum de traitement jusqu'au 30 septembre 2021 (décret 2021-1270, qui le porte à 340) ; sa date d'entrée en vigueur n'a pas été vérifiée, il est appliqué depuis la première valeur du point du modèle",
  cnracl: "Décret 2025-86 ; CNRACL",
  cnracl2027: "Décret 2025-86 (valeur 2027 dérivée de la trajectoire)",
  urssaf: "Taux de cotisations employeur des collectivités territoriales",
  urssafCnraclAf:
    "Urssaf, agents affiliés à la CNRACL : allocations familiales 5,25 % ; https://www.urssaf.fr/portail/home/taux-et-baremes/administrations-et-collectivites/les-agents-des-collectivites-ter.html (le taux réduit de 3,45 % ne s'applique pas aux collectivités territoriales)",
  maladie2017:
    "Décret du 28 décembre 2016 : cotisation patronale maladie 12,89 % en 2017 ; taux plein : les collectivités territoriales et leurs établissements publics administratifs sont exclus de la réduction de 6 points (https://www.urssaf.fr/portail/home/employeur/calculer-les-cotisations/les-taux-de-cotisations/la-cotisation-maladie---maternit/reduction-de-6-points-du-taux-de/champ-dapplication.html)",
  maladie:
    "Décret n° 2017-1891 : cotisation patronale maladie 13 % à partir de 2018 ; taux plein : les collectivités territoriales et leurs établissements publics administratifs sont exclus de la réduction à 7 % (https://www.urssaf.fr/portail/home/employeur/calculer-les-cotisations/les-taux-de-cotisations/la-cotisation-maladie---maternit/reduction-de-6-points-du-taux-de/champ-dapplication.html), donc aussi des seuils de 2,5 puis 2,25 SMIC (LFSS 2025, décret 2025-318) ; barème du CDG 82 au 1er janvier 2025 : https://cdg82.fr/gerer-ma-collectivite/la-remuneration/elements-de-cotisations",
  afContractuel:
    "Allocations familiales 5,25 % : taux plein des collectivités, qui n'ouvrent pas droit à la réduction générale ni au taux réduit de 3,45 % (donc aussi hors des seuils de 3,5 puis 3,3 SMIC, LFSS 2025, décret 2025-318) ; barème du CDG 82 au 1er janvier 2025 : https://cdg82.fr/gerer-ma-collectivite/la-remuneration/elements-de-cotisations ; agents non titulaires de l'État : https://v4www2.urssaf.fr/portail/sites/urssaf/home/taux-et-baremes/administrations-et-collectivites/les-agents-non-titulaires-de-let.html",
  accidentsTravail:
    "Estimation : le taux accidents du travail est notifié à chaque employeur (Carsat, compte AT/MP sur net-entreprises.fr) et varie selon l'employeur et l'établissement ; 1,5 % est un ordre de grandeur pour des emplois administratifs, non vérifié sur le barème publié : à remplacer par le taux notifié",
  chomage:
    "Urssaf : en principe les collectivités territoriales s'assurent elles-mêmes contre le chômage (auto-assurance) et ne cotisent pas ; https://v4www2.urssaf.fr/portail/sites/urssaf/home/administration-et-collectivite-t/calculer-vos-cotisations/les-agents-des-collectivites-t-2.html ; un employeur qui a signé le contrat d'adhésion révocable pour ses contractuels saisit le taux de l'assurance chômage en vigueur (4,05 % depuis 2018 ; le taux des années suivantes n'a pas été vérifié ici)",
  versementMobilite:
    "Décision produit : le versement mobilité n'est dû que par les employeurs d'au moins 11 agents dans le ressort d'une autorité organisatrice de la mobilité qui l'a institué, à un taux qu'elle fixe ; par défaut 0 (cas d'une structure rurale hors ressort) ; à remplacer par le taux de l'autorité organisatrice (liste Urssaf des taux par commune)",
  local: "Estimation : taux local (centre de gestion, à remplacer par le taux de la collectivité)",
  contractuel: "Estimation : taux usuels des contractuels (régime général + IRCANTEC tranche A)",
  charte: "Charte nationale France Services (FAQ nationale 2019) : au moins deux agents polyvalents présents",
  cd88: "Note du Conseil départemental des Vosges (CTEC France Services), 2022",
  cd88Rule: "Note CD 88 : « 80 % de la masse salariale après déduction du forfait de l'État »",
  acompte: "Décision produit : la note CD 88 ne donne pas de taux d'acompte (paramètre modifiable)",
  bus: "Banque des Territoires : 30 000 € la première année pour un nouveau bus (enveloppe nationale 3 M€)",
  cnum: "Subvention conseiller numérique, employeur public, à partir de 2023",
  animation: "Soutien de l'État à l'animation départementale du réseau France Services",
} as const;

function v(from: string, value: string | null, status: ParameterStatus, source: string): ParameterValue {
  return { from, value, status, source };
}

/** A parameter whose values all share one status and source. */
function flat(
  name: string,
  label: string,
  unit: Parameter["unit"],
  status: ParameterStatus,
  source: string,
  values: ReadonlyArray<readonly [string, string | null]>,
): Parameter {
  return { name, label, unit, values: values.map(([from, value]) => v(from, value, status, source)) };
}

/** Titulaire employer contribution lines (CNRACL and the others), itemised. */
const TITULAIRE_LINES: readonly Parameter[] = [
  {
    name: "cnracl.employeur",
    label: "CNRACL, part employeur (titulaires)",
    unit: "taux",
    knownUntil: "2028-12-31",
    values: [
      v("2017-01-01", "0.3065", "source", S.cnracl),
      v("2024-01-01", "0.3165", "source", S.cnracl),
      v("2025-01-01", "0.3465", "source", S.cnracl),
      v("2026-01-01", "0.3765", "source", S.cnracl),
      v("2027-01-01", "0.4065", "source", S.cnracl2027),
      v("2028-01-01", "0.4365", "source", S.cnracl),
    ],
  },
  {
    name: "titulaire.maladie",
    label: "Maladie (titulaires)",
    unit: "taux",
    values: [
      v("2017-01-01", "0.0988", "source", S.urssaf),
      v("2024-01-01", "0.0888", "source", S.urssaf),
      v("2025-01-01", "0.0988", "source", S.urssaf),
    ],
  },
  flat("titulaire.allocations_familiales", "Allocations familiales (titulaires)", "taux", "source", S.urssafCnraclAf, [
    ["2017-01-01", "0.0525"],
  ]),
  flat("titulaire.csa", "Contribution solidarité autonomie (titulaires)", "taux", "source", S.urssaf, [["2017-01-01", "0.0030"]]),
  flat("titulaire.fnal", "FNAL (titulaires, moins de 50 agents)", "taux", "source", S.urssaf, [["2017-01-01", "0.0010"]]),
  flat("titulaire.atiacl", "ATIACL (titulaires)", "taux", "source", S.urssaf, [["2017-01-01", "0.0040"]]),
  flat("titulaire.cnfpt", "CNFPT (titulaires)", "taux", "source", S.urssaf, [["2017-01-01", "0.0090"]]),
  flat("titulaire.cdg", "Centre de gestion (titulaires)", "taux", "estimate", S.local, [["2017-01-01", "0.0080"]]),
];

/**
 * Contractuel employer contribution lines, itemised. Collectivités and their EPCI pay the full
 * maladie and family rates (they are outside the reduced rates of the general scheme); work
 * accidents, unemployment insurance and the transport levy depend on the employer and the place:
 * a default with its status, to be replaced by the employer's own rate.
 */
const CONTRACTUEL_LINES: readonly Parameter[] = [
  {
    name: "contractuel.maladie",
    label: "Maladie (contractuels)",
    unit: "taux",
    values: [v("2017-01-01", "0.1289", "source", S.maladie2017), v("2018-01-01", "0.1300", "source", S.maladie)],
  },
  flat("contractuel.vieillesse_plafonnee", "Vieillesse plafonnée (contractuels)", "taux", "estimate", S.contractuel, [
    ["2017-01-01", "0.0855"],
  ]),
  flat("contractuel.vieillesse_deplafonnee", "Vieillesse déplafonnée (contractuels)", "taux", "estimate", S.contractuel, [
    ["2017-01-01", "0.0202"],
  ]),
  flat("contractuel.allocations_familiales", "Allocations familiales (contractuels)", "taux", "source", S.afContractuel, [
    ["2017-01-01", "0.0525"],
  ]),
  flat("contractuel.csa", "Contribution solidarité autonomie (contractuels)", "taux", "estimate", S.contractuel, [
    ["2017-01-01", "0.0030"],
  ]),
  flat("contractuel.fnal", "FNAL (contractuels, moins de 50 agents)", "taux", "estimate", S.contractuel, [["2017-01-01", "0.0010"]]),
  flat("contractuel.ircantec", "IRCANTEC tranche A (contractuels)", "taux", "estimate", S.contractuel, [["2017-01-01", "0.0420"]]),
  flat("contractuel.cnfpt", "CNFPT (contractuels)", "taux", "estimate", S.contractuel, [["2017-01-01", "0.0090"]]),
  flat("contractuel.cdg", "Centre de gestion (contractuels)", "taux", "estimate", S.local, [["2017-01-01", "0.0080"]]),
  flat("contractuel.accidents_travail", "Accidents du travail (contractuels)", "taux", "estimate", S.accidentsTravail, [
    ["2017-01-01", "0.0150"],
  ]),
  flat("contractuel.chomage", "Assurance chômage (contractuels)", "taux", "source", S.chomage, [["2017-01-01", "0"]]),
  flat("contractuel.versement_mobilite", "Versement mobilité (contractuels)", "taux", "decision", S.versementMobilite, [
    ["2017-01-01", "0"],
  ]),
];

/** Names of the lines summed by each employer-rate preset. */
export const EMPLOYER_RATE_PRESETS = {
  titulaire: TITULAIRE_LINES.map((p) => p.name),
  contractuel: CONTRACTUEL_LINES.map((p) => p.name),
} as const;

/** Every dated parameter of the domain reference (§3, §4). */
export const PARAMETERS: readonly Parameter[] = [
  {
    name: "forfait.total",
    label: "Forfait de l'État par structure labellisée et par an",
    unit: "EUR",
    values: [
      v("2020-01-01", "30000", "source", S.forfait2022),
      v("2023-01-01", "35000", "source", S.forfait2023),
      v("2024-01-01", "40000", "source", S.forfait2024),
      v("2025-01-01", "45000", "estimate", S.forfait2025),
      v("2026-01-01", "50000", "estimate", S.forfait2026),
    ],
  },
  {
    name: "forfait.fnadt",
    label: "Forfait : part de l'État (FNADT)",
    unit: "EUR",
    values: [
      v("2020-01-01", "15000", "source", S.forfait2022),
      v("2023-01-01", "20000", "source", S.forfait2023),
      v("2024-01-01", null, "source", `${S.forfait2024} (répartition non publiée)`),
    ],
  },
  {
    name: "forfait.fnfs",
    label: "Forfait : part du fonds national France Services (FNFS)",
    unit: "EUR",
    values: [
      v("2020-01-01", "15000", "source", S.forfait2022),
      v("2023-01-01", "15000", "source", S.forfait2023),
      v("2024-01-01", null, "source", `${S.forfait2024} (répartition non publiée)`),
    ],
  },
  flat(
    "forfait.bonus_frr",
    "Forfait : bonification des structures en zone France ruralités revitalisation (FRR)",
    "EUR",
    "estimate",
    S.bonusFrr,
    [["2025-01-01", null]],
  ),
  {
    name: "forfait.laposte.fonds_postal",
    label: "Forfait La Poste : part du fonds postal de péréquation",
    unit: "EUR",
    values: [v("2020-01-01", "26000", "source", S.laposte), v("2023-01-01", null, "source", `${S.laposte} ; non publié ensuite`)],
  },
  {
    name: "forfait.laposte.fnfs",
    label: "Forfait La Poste : part FNFS",
    unit: "EUR",
    values: [v("2020-01-01", "4000", "source", S.laposte), v("2023-01-01", null, "source", `${S.laposte} ; non publié ensuite`)],
  },
  {
    name: "point.annuel",
    label: "Valeur annuelle du point d'indice (IM 100)",
    unit: "EUR/point/an",
    values: [
      v("2016-07-01", "5589.69", "source", S.point2016),
      v("2017-02-01", "5623.23", "source", S.point),
      v("2022-07-01", "5820.04", "source", S.point),
      v("2023-07-01", "5907.34", "source", S.point),
      // Nothing is published for 2026: the frozen value is carried forward as an estimate, so that it says so.
      v("2026-01-01", "5907.34", "estimate", S.point2026),
    ],
  },
  {
    name: "indice.minimum",
    label: "Indice majoré minimum de traitement",
    unit: "indice",
    values: [
      v("2016-07-01", "309", "estimate", S.imMin309),
      v("2021-10-01", "340", "source", S.imMin),
      v("2022-01-01", "343", "source", S.imMin),
      v("2022-05-01", "352", "source", S.imMin),
      v("2023-01-01", "353", "source", S.imMin),
      v("2023-05-01", "361", "source", S.imMin),
      v("2024-01-01", "366", "source", S.imMin),
    ],
  },
  flat("charte.agents_minimum", "Nombre minimum d'agents d'une structure (charte)", "agents", "source", S.charte, [["2020-01-01", "2"]]),
  ...TITULAIRE_LINES,
  ...CONTRACTUEL_LINES,
  flat("subvention.bus_banque_territoires", "Banque des Territoires : nouveau bus, première année", "EUR", "source", S.bus, [
    ["2020-01-01", "30000"],
  ]),
  flat("subvention.conseiller_numerique.annee1", "Conseiller numérique : première année", "EUR", "source", S.cnum, [
    ["2023-01-01", "17500"],
  ]),
  flat("subvention.conseiller_numerique.annees2_3", "Conseiller numérique : deuxième et troisième années", "EUR", "source", S.cnum, [
    ["2023-01-01", "12500"],
  ]),
  {
    ...flat("departement.taux", "Taux de participation du Département", "taux", "source", S.cd88Rule, [["2022-01-01", "0.80"]]),
    knownUntil: CD88_KNOWN_UNTIL,
  },
  {
    ...flat("departement.taux_acompte", "Taux de l'acompte versé à la signature", "taux", "decision", S.acompte, [["2022-01-01", "0.50"]]),
    knownUntil: CD88_KNOWN_UNTIL,
  },
  {
    ...flat("departement.enveloppe", "Enveloppe des subventions de fonctionnement", "EUR", "source", S.cd88, [["2022-01-01", "409045"]]),
    knownUntil: CD88_KNOWN_UNTIL,
  },
  {
    ...flat("departement.coordinateur", "Coordinateur départemental (coût annuel)", "EUR", "source", S.cd88, [["2022-01-01", "56498"]]),
    knownUntil: CD88_KNOWN_UNTIL,
  },
  {
    ...flat("departement.appui_juridique", "Appui juridique", "EUR", "source", S.cd88, [["2022-01-01", "10752"]]),
    knownUntil: CD88_KNOWN_UNTIL,
  },
  {
    ...flat("departement.cout_total_declare", "Coût total déclaré par le Département", "EUR", "source", S.cd88, [["2022-01-01", "450000"]]),
    knownUntil: CD88_KNOWN_UNTIL,
  },
  flat("etat.animation_reseau", "Soutien de l'État à l'animation départementale du réseau", "EUR", "source", S.animation, [
    ["2022-01-01", "25000"],
    ["2024-01-01", "50000"],
  ]),
];
