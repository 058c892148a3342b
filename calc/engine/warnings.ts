import { cmp, fixed, fixedToString } from "../arithmetic/fixed";
import { formatEurosFr, dec } from "../arithmetic/money";
import type { ParameterSet } from "../parameters/lookup";
import { ratioText, type StructureBase } from "./structure";
import type { ConventionResult, Warning } from "./types";

/**
 * What a finance user should know about a result: low staffing, no label, the envelope, estimates used, repayments.
 *
 * Low staffing compares a structure's FTE with the charter's minimum number of agents
 * (`charte.agents_minimum`). That parameter is read, not recorded among the parameters used:
 * it explains a warning, no amount.
 */
export function collectWarnings(result: ConventionResult, bases: readonly StructureBase[], fits: boolean, params: ParameterSet): Warning[] {
  const warnings: Warning[] = [];
  // Read only when there is a structure: a year before the parameter's first has none.
  const minimum = bases.length > 0 ? params.at("charte.agents_minimum", `${result.year}-01-01`).value : "0";
  const minimumFte = fixed(minimum);
  const t = result.totals;
  if (!fits) {
    warnings.push({
      code: "enveloppe_depassee",
      path: "",
      message: `les parts demandées (${formatEurosFr(dec(t.requested))}) dépassent l'enveloppe (${formatEurosFr(dec(t.envelope))}) : chaque part est réduite au prorata`,
    });
  } else if (dec(t.unused).gt(0)) {
    warnings.push({
      code: "enveloppe_non_utilisee",
      path: "",
      message: `${formatEurosFr(dec(t.unused))} de l'enveloppe ne sont pas attribués`,
    });
  }
  for (const b of bases) {
    const s = b.structure;
    const persons = b.agents.length;
    const fteText = fixedToString(b.fte).replace(".", ",");
    if (cmp(fixed(persons), minimumFte) < 0) {
      warnings.push({
        code: "moins_de_2_agents",
        path: b.path,
        message: `« ${s.name} » : ${persons} agent${persons > 1 ? "s" : ""}, moins des ${minimum} agents exigés par la charte France Services`,
      });
    } else if (cmp(b.fte, minimumFte) < 0) {
      warnings.push({
        code: "moins_de_2_etp",
        path: b.path,
        message: `« ${s.name} » (note) : ${persons} agents pour ${fteText} ETP affectés ; la charte demande ${minimum} agents présents, pas ${minimum} ETP`,
      });
    }
    if (b.labelledMonths === 0) {
      warnings.push({
        code: "non_labellisee",
        path: b.path,
        message: `« ${s.name} » n'est pas labellisée en ${result.year} : pas de forfait de l'État`,
      });
    }
    if (b.ratio.num < b.ratio.den) {
      warnings.push({
        code: "objectifs_non_atteints",
        path: b.path,
        message: `« ${s.name} » : objectifs atteints à ${dec(ratioText(b.ratio)).times(100).toDecimalPlaces(1).toString().replace(".", ",")} %, la part finale est réduite d'autant`,
      });
    }
  }
  for (const st of result.structures) {
    if (st.remainingCost.startsWith("-") || st.finalRemainingCost.startsWith("-")) {
      const over = st.finalRemainingCost.startsWith("-") ? st.finalRemainingCost : st.remainingCost;
      warnings.push({
        code: "surfinancement",
        path: st.path,
        message: `« ${st.name} » : ses ressources dépassent ses charges de ${formatEurosFr(dec(over).neg())} (reste à charge négatif)`,
      });
    }
    if (result.rules.finalPayment === "redistribue" && dec(st.final).gt(dec(st.allocated))) {
      warnings.push({
        code: "redistribution",
        path: st.path,
        message: `« ${st.name} » : montant final ${formatEurosFr(dec(st.final))} au-dessus du montant de la convention (${formatEurosFr(dec(st.allocated))}) ; le verser demande une délibération`,
      });
    }
    if (st.balance.startsWith("-")) {
      warnings.push({
        code: "reversement",
        path: st.path,
        message: `« ${st.name} » doit reverser ${formatEurosFr(dec(st.repayment))} (acompte supérieur à l'attribution finale)`,
      });
    }
  }
  const withheld = dec(t.finalUnused).minus(dec(t.unused));
  if (result.rules.finalPayment === "plafonne" && withheld.gt(0)) {
    warnings.push({
      code: "credits_non_consommes",
      path: "",
      message: `${formatEurosFr(withheld)} retenus à l'évaluation restent au Département (crédits non consommés)`,
    });
  }
  for (const p of result.parametersUsed) {
    if (p.status === "estimate") {
      warnings.push({
        code: "parametre_estime",
        path: `parameters.${p.name}`,
        message: `paramètre estimé utilisé : ${p.label} = ${formatValue(p.value, p.unit)} (${p.source})`,
      });
    }
  }
  return warnings;
}

/** A parameter value as French users read it: `0,80 %`, `45 000,00 €`, the point's annual value `5 907,34 €`. */
export function formatValue(value: string, unit: string): string {
  if (unit === "taux") return `${dec(value).times(100).toString().replace(".", ",")} %`;
  if (unit === "EUR" || unit === "EUR/point/an") return formatEurosFr(dec(value));
  if (unit === "agents") return `${value} agents`;
  return value.replace(".", ",");
}
