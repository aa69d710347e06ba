export { KubernetesRuntime } from "@/server/runtime/kubernetes/driver";
