/**
 * The project's copy of the functions' contract is the team's shared one, word for word.
 */
import fs from "fs";
import { CONTRACT_PATH, SHARED_CONTRACT_PATH, readContract } from "../support/contract";

const shared = fs.existsSync(SHARED_CONTRACT_PATH);

(shared ? test : test.skip)("spec/custom-functions.md is the same text as ../shared/spec/custom-functions.md", () => {
  expect(fs.readFileSync(CONTRACT_PATH, "utf8")).toBe(fs.readFileSync(SHARED_CONTRACT_PATH, "utf8"));
});

test("the copy lists the 17 functions of the contract", () => {
  expect(readContract().map((c) => c.id)).toHaveLength(17);
});
