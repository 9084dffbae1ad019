// IPA-106's check, reading shared responses inline (see inlineComponentRefs.js for why).
import original from "../../node_modules/@mongodb-js/ipa-validation-ruleset/rulesets/functions/IPA106CreateMethodRequestBodyIsGetResponse.js";
import { withInlineResponses } from "./inlineComponentRefs.js";

export default withInlineResponses(original);
