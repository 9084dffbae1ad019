// IPA-125's check, given an empty `properties` where a oneOf object declares none (see inlineComponentRefs.js).
import original from "../../node_modules/@mongodb-js/ipa-validation-ruleset/rulesets/functions/IPA125OneOfSchemaPropertySameType.js";

export default (input, options, context) => {
  const options_ = Array.isArray(input)
    ? input.map((option) =>
        option !== null && typeof option === "object" && option.type === "object" && option.properties === undefined
          ? { ...option, properties: {} }
          : option,
      )
    : input;
  return original(options_, options, context);
};
