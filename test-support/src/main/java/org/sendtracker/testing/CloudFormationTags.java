package org.sendtracker.testing;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the short forms of CloudFormation's intrinsic functions in {@code template.yaml} as their
 * long forms, as CloudFormation does: {@code !Ref X} → {@code {"Ref": "X"}}, {@code !GetAtt A.B} →
 * {@code {"Fn::GetAtt": ["A", "B"]}}, {@code !Sub s} → {@code {"Fn::Sub": s}}. Use it as {@code new
 * Yaml(new CloudFormationTags())}.
 */
public final class CloudFormationTags extends SafeConstructor {

    public CloudFormationTags() {
        super(new LoaderOptions());
        for (String function :
                List.of(
                        "Ref",
                        "Sub",
                        "GetAtt",
                        "If",
                        "Equals",
                        "Join",
                        "Select",
                        "Split",
                        "Not",
                        "And",
                        "Or",
                        "FindInMap",
                        "ImportValue",
                        "Base64",
                        "Cidr",
                        "GetAZs",
                        "Condition")) {
            yamlConstructors.put(
                    new Tag("!" + function),
                    new AbstractConstruct() {
                        @Override
                        public Object construct(Node node) {
                            Object value =
                                    node instanceof ScalarNode scalar
                                            ? constructScalar(scalar)
                                            : node instanceof SequenceNode sequence
                                                    ? constructSequence(sequence)
                                                    : constructMapping((MappingNode) node);
                            if (function.equals("GetAtt") && value instanceof String dotted) {
                                value =
                                        List.of(
                                                dotted.substring(0, dotted.indexOf('.')),
                                                dotted.substring(dotted.indexOf('.') + 1));
                            }
                            return Map.of(
                                    function.equals("Ref") || function.equals("Condition")
                                            ? function
                                            : "Fn::" + function,
                                    value);
                        }
                    });
        }
    }
}
