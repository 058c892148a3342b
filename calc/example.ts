import vosges2022 from "../examples/vosges-2022.json";
import type { ScenarioInput } from "./scenario/schema";

/**
 * The shipped example: the 2022 Vosges convention with illustrative structures, names and
 * amounts (the real per-structure figures are not public); its totals reproduce the published
 * ones (409 045 € of subsidies, 56 498 € coordinator, 10 752 € legal support).
 */
export const VOSGES_2022_EXAMPLE: ScenarioInput = vosges2022 as ScenarioInput;
