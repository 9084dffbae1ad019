// IPA-110's check, reading shared responses inline (see inlineComponentRefs.js for why).
import original from "../../node_modules/@mongodb-js/ipa-validation-ruleset/rulesets/functions/IPA110CollectionsUsePaginatedPrefix.js";
import { withInlineResponses } from "./inlineComponentRefs.js";

export default withInlineResponses(original);
